using System.Globalization;

namespace FamilyContext.Benchmarks.Ingest;

/// <summary>One end-to-end ingest run: rows, outcome, time, peak memory, and the CSV readers over the same file.</summary>
public sealed record IngestBenchmarkResult(int Rows, long RowsLoaded, int ExitCode, double Seconds, double PeakMegabytes, long FileBytes, IReadOnlyList<ReaderTiming> Readers)
{
    public double RowsPerSecond => Rows / Seconds;

    public IEnumerable<string> Lines()
    {
        yield return "| Ingest into SQLite (parse, check, report, load, swap) | Rows | Loaded | Seconds | Rows/s | Peak memory MB | File MB |";
        yield return "|---|---:|---:|---:|---:|---:|---:|";
        yield return string.Create(CultureInfo.InvariantCulture,
            $"| Exit code {ExitCode} | {Rows:N0} | {RowsLoaded:N0} | {Seconds:F1} | {RowsPerSecond:N0} | {PeakMegabytes:N0} | {FileBytes / 1024.0 / 1024.0:N0} |");
        yield return "";
        yield return "| CSV reader, every cell as a string | Rows | Seconds | ÷ CsvHelper |";
        yield return "|---|---:|---:|---:|";
        foreach (var r in Readers)
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"| {r.Reader} | {r.Rows:N0} | {r.Seconds:F2} | {r.Seconds / Readers[0].Seconds:F2}× |");
        }
    }
}
