using System.Diagnostics;
using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using nietras.SeparatedValues;
using SylvanReader = Sylvan.Data.Csv.CsvDataReader;
using SylvanOptions = Sylvan.Data.Csv.CsvDataReaderOptions;

namespace FamilyContext.Benchmarks.Ingest;

/// <summary>
/// The three CSV readers that restore here, each reading every cell of the same file as a string (as the ingest
/// needs them): the time each takes, in one run, so they can be compared as ratios.
/// </summary>
public static class CsvReaderComparison
{
    public static IReadOnlyList<ReaderTiming> Run(string path) =>
    [
        Time("CsvHelper 33", path, CsvHelperCells),
        Time("Sep 0.17", path, SepCells),
        Time("Sylvan.Data.Csv 1.4 (the ingest's reader)", path, SylvanCells),
    ];

    private static ReaderTiming Time(string name, string path, Func<string, (long Rows, long Chars)> read)
    {
        var started = Stopwatch.GetTimestamp();
        var (rows, chars) = read(path);
        return new ReaderTiming(name, rows, chars, Stopwatch.GetElapsedTime(started).TotalSeconds);
    }

    private static (long, long) CsvHelperCells(string path)
    {
        using var text = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        using var parser = new CsvParser(text, new CsvConfiguration(CultureInfo.InvariantCulture) { IgnoreBlankLines = true });
        long rows = 0, chars = 0;
        _ = parser.Read(); // the header, as the other two read it apart from the data
        while (parser.Read())
        {
            foreach (var cell in parser.Record!)
            {
                chars += cell.Length;
            }

            rows++;
        }

        return (rows, chars);
    }

    private static (long, long) SepCells(string path)
    {
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(path);
        long rows = 0, chars = 0;
        foreach (var row in reader)
        {
            for (var i = 0; i < row.ColCount; i++)
            {
                chars += row[i].ToString().Length;
            }

            rows++;
        }

        return (rows, chars);
    }

    private static (long, long) SylvanCells(string path)
    {
        using var reader = SylvanReader.Create(path, new SylvanOptions { HasHeaders = true });
        long rows = 0, chars = 0;
        while (reader.Read())
        {
            for (var i = 0; i < reader.FieldCount; i++)
            {
                chars += reader.GetString(i).Length;
            }

            rows++;
        }

        return (rows, chars);
    }
}
