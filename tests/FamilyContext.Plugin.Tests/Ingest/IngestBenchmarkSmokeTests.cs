extern alias benchmarks;

using benchmarks::FamilyContext.Benchmarks.Ingest;
using FamilyContext.Plugin.Tests.Support;

namespace FamilyContext.Plugin.Tests.Ingest;

/// <summary>The ingest benchmark run small, so it keeps working: the figures themselves come from a Release run (docs/performance.md).</summary>
public sealed class IngestBenchmarkSmokeTests
{
    [Fact]
    public async Task The_ingest_benchmark_loads_every_generated_row_and_times_all_three_CSV_readers()
    {
        using var log = new StringWriter();

        var result = await IngestBenchmark.RunAsync(2_000, new ManualTimeProvider(IngestHost.Now), log);

        Assert.True(result.ExitCode == 0, log.ToString());
        Assert.Equal(2_000, result.RowsLoaded);
        Assert.True(result.Seconds > 0 && result.PeakMegabytes > 0);
        Assert.Equal(3, result.Readers.Count);
        // The readers agree on what the file holds: every data row, and every character of every cell.
        Assert.All(result.Readers, r => Assert.Equal((2_000L, result.Readers[0].Characters), (r.Rows, r.Characters)));
        Assert.Contains(result.Lines(), l => l.StartsWith("| Exit code 0 | 2,000 | 2,000 |", StringComparison.Ordinal));
    }
}
