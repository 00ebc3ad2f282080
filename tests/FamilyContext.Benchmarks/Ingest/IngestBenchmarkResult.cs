using System.Globalization;

namespace FamilyContext.Benchmarks.Ingest;

/// <summary>The same generated extract ingested end to end into each store, and the CSV readers over the same file.</summary>
public sealed record IngestBenchmarkResult(int Rows, long FileBytes, IReadOnlyList<IngestRun> Runs, IReadOnlyList<ReaderTiming> Readers)
{
    /// <summary>0 when every store loaded the extract, else the first failing run's exit code.</summary>
    public int ExitCode => Runs.Select(r => r.ExitCode).FirstOrDefault(c => c != 0);

    public IEnumerable<string> Lines()
    {
        yield return "| Ingest (parse, check, report, load, swap) | Exit code | Rows | Loaded | Seconds | CPU seconds | Rows/s | Peak memory MB | File MB |";
        yield return "|---|---:|---:|---:|---:|---:|---:|---:|---:|";
        foreach (var r in Runs)
        {
            yield return string.Create(CultureInfo.InvariantCulture,
                $"| {r.Store} | {r.ExitCode} | {Rows:N0} | {r.RowsLoaded:N0} | {r.Seconds:F1} | {r.CpuSeconds:F1} | {Rows / r.Seconds:N0} | {r.PeakMegabytes:N0} | {FileBytes / 1024.0 / 1024.0:N0} |");
        }

        yield return "";
        yield return "| CSV reader, every cell as a string | Rows | Seconds | ÷ CsvHelper |";
        yield return "|---|---:|---:|---:|";
        foreach (var r in Readers)
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"| {r.Reader} | {r.Rows:N0} | {r.Seconds:F2} | {r.Seconds / Readers[0].Seconds:F2}× |");
        }
    }
}
