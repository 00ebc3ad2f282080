using System.Globalization;
using System.Text;
using Sylvan.Data.Csv;

namespace FamilyContext.Plugin.Ingest;

/// <summary>
/// Streams an extract's rows, one at a time, in the mapping's delimiter and encoding. Quoted cells may hold the
/// delimiter, quotes and line breaks (addresses); blank lines are skipped. Row numbers count the header as row 1,
/// as a spreadsheet shows them. Sylvan.Data.Csv reads: it measured at a third of CsvHelper's time over a
/// million rows (docs/performance.md) and, unlike Sep, caps how far one row may grow, so a quote never closed
/// cannot swallow a whole file into memory.
/// </summary>
internal sealed class ExtractReader : IExtractRows
{
    /// <summary>Beyond this a row is not data but a quote that is never closed, swallowing the file (characters, so 32 MB of memory).</summary>
    private const int LargestRow = 16 * 1024 * 1024;

    private readonly StreamReader _text;
    private readonly CsvDataReader _csv;
    private string[] _cells = [];

    static ExtractReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private ExtractReader(Stream stream, IngestMapping mapping)
    {
        _text = new StreamReader(stream, EncodingOf(mapping), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        _csv = Wrap(0, () => CsvDataReader.Create(_text, new CsvDataReaderOptions
        {
            HasHeaders = false,
            Delimiter = DelimiterOf(mapping),
            // Extracts have no comment lines: a cell starting "#" (a flat number) is data.
            Comment = '\0',
            MaxBufferSize = LargestRow,
            OwnsReader = false,
        }));
    }

    /// <summary>The bytes read so far, for progress.</summary>
    public long Position => _text.BaseStream.CanSeek ? _text.BaseStream.Position : 0;

    public long Length => _text.BaseStream.CanSeek ? _text.BaseStream.Length : 0;

    /// <exception cref="IngestConfigurationException">The file does not exist or cannot be opened.</exception>
    public static ExtractReader Open(string path, IngestMapping mapping)
    {
        try
        {
            return new ExtractReader(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan), mapping);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new IngestConfigurationException($"The extract {path} could not be opened ({e.Message}).");
        }
    }

    /// <summary>The header row, or null when the file holds no rows at all.</summary>
    public IReadOnlyList<string>? ReadHeader() => Next() ? _cells : null;

    /// <summary>The data rows with their row numbers; a row of empty cells only is skipped like a blank line.</summary>
    public IEnumerable<(long Row, string[] Cells)> Rows()
    {
        while (Next())
        {
            if (_cells.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            yield return (_csv.RowNumber, _cells);
        }
    }

    private bool Next()
    {
        var row = _csv.RowNumber;
        return Wrap(row, () =>
        {
            if (!_csv.Read())
            {
                return false;
            }

            var cells = new string[_csv.RowFieldCount];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = _csv.GetString(i);
            }

            _cells = cells;
            return true;
        });
    }

    /// <summary>The reader's own failures as the analyst should read them, naming the row.</summary>
    private static T Wrap<T>(long row, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (CsvRecordTooLargeException)
        {
            throw new ExtractFormatException(string.Create(CultureInfo.InvariantCulture,
                $"Row {row + 1} is longer than {LargestRow / 1024 / 1024} million characters: probably a quote that is never closed. Nothing after it could be read."));
        }
        catch (CsvFormatException e)
        {
            throw new ExtractFormatException(string.Create(CultureInfo.InvariantCulture,
                $"Row {Math.Max(e.RowNumber, row + 1)} has a quote that is never closed, or text after a closing quote: quotes inside a cell must be doubled (\"\")."));
        }
        catch (DecoderFallbackException)
        {
            throw new ExtractFormatException(string.Create(CultureInfo.InvariantCulture,
                $"Row {row + 1} holds bytes that are not UTF-8 text: if the file was saved from Excel or an older system, set \"encoding: windows-1252\" in the mapping."));
        }
    }

    private static Encoding EncodingOf(IngestMapping mapping) => mapping.Encoding.Trim().ToUpperInvariant() switch
    {
        "UTF-8" or "UTF8" => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true),
        "WINDOWS-1252" or "CP1252" or "ANSI" => Encoding.GetEncoding(1252),
        _ => throw new IngestConfigurationException($"The mapping's encoding \"{mapping.Encoding}\" is not supported: use utf-8 or windows-1252."),
    };

    private static char DelimiterOf(IngestMapping mapping) => mapping.Delimiter switch
    {
        "\\t" or "tab" or "\t" => '\t',
        "," or ";" or "|" => mapping.Delimiter[0],
        _ => throw new IngestConfigurationException($"The mapping's delimiter \"{mapping.Delimiter}\" is not supported: use , ; | or tab."),
    };

    public void Dispose()
    {
        _csv.Dispose();
        _text.Dispose();
    }
}
