using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace FamilyContext.Plugin.Ingest;

/// <summary>
/// Streams an extract's rows, one at a time, in the mapping's delimiter and encoding. Quoted cells may hold the
/// delimiter, quotes and line breaks (addresses); blank lines are skipped. Row numbers count the header as row 1,
/// as a spreadsheet shows them.
/// </summary>
internal sealed class ExtractReader : IDisposable
{
    /// <summary>Beyond this a cell is not data but a quote that is never closed, swallowing the file.</summary>
    private const int LargestCell = 16 * 1024 * 1024;

    private readonly StreamReader _text;
    private readonly CsvParser _parser;
    private long _badDataRow;

    static ExtractReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private ExtractReader(Stream stream, IngestMapping mapping)
    {
        _text = new StreamReader(stream, EncodingOf(mapping), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        _parser = new CsvParser(_text, new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = DelimiterOf(mapping),
            IgnoreBlankLines = true,
            MaxFieldSize = LargestCell,
            BadDataFound = args => _badDataRow = args.Context.Parser?.Row ?? 0,
        });
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
    public IReadOnlyList<string>? ReadHeader() => Next() ? [.. _parser.Record!] : null;

    /// <summary>The data rows with their row numbers; a row of empty cells only is skipped like a blank line.</summary>
    public IEnumerable<(long Row, string[] Cells)> Rows()
    {
        while (Next())
        {
            var cells = _parser.Record!;
            if (cells.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            yield return (_parser.Row, cells);
        }
    }

    private bool Next()
    {
        try
        {
            _badDataRow = 0;
            var read = _parser.Read();
            if (_badDataRow > 0)
            {
                throw new ExtractFormatException(string.Create(CultureInfo.InvariantCulture,
                    $"Row {_badDataRow} has a quote inside a cell that does not start with one, or text after a closing quote: quotes inside a cell must be doubled (\"\")."));
            }

            return read;
        }
        catch (MaxFieldSizeException)
        {
            throw new ExtractFormatException(string.Create(CultureInfo.InvariantCulture,
                $"Row {_parser.Row} has a cell longer than {LargestCell / 1024 / 1024} MB: probably a quote that is never closed. Nothing after it could be read."));
        }
        catch (DecoderFallbackException)
        {
            throw new ExtractFormatException(string.Create(CultureInfo.InvariantCulture,
                $"Row {_parser.Row + 1} holds bytes that are not UTF-8 text: if the file was saved from Excel or an older system, set \"encoding: windows-1252\" in the mapping."));
        }
    }

    private static Encoding EncodingOf(IngestMapping mapping) => mapping.Encoding.Trim().ToUpperInvariant() switch
    {
        "UTF-8" or "UTF8" => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true),
        "WINDOWS-1252" or "CP1252" or "ANSI" => Encoding.GetEncoding(1252),
        _ => throw new IngestConfigurationException($"The mapping's encoding \"{mapping.Encoding}\" is not supported: use utf-8 or windows-1252."),
    };

    private static string DelimiterOf(IngestMapping mapping) => mapping.Delimiter switch
    {
        "\\t" or "tab" or "\t" => "\t",
        "," or ";" or "|" => mapping.Delimiter,
        _ => throw new IngestConfigurationException($"The mapping's delimiter \"{mapping.Delimiter}\" is not supported: use , ; | or tab."),
    };

    public void Dispose()
    {
        _parser.Dispose();
        _text.Dispose();
    }
}
