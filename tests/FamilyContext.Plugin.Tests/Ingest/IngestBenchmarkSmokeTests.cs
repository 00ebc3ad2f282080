extern alias benchmarks;

using benchmarks::FamilyContext.Benchmarks.Ingest;
using FamilyContext.Plugin.Tests.Support;

namespace FamilyContext.Plugin.Tests.Ingest;

/// <summary>The ingest benchmark run small, so it keeps working: the figures themselves come from a Release run (docs/performance.md).</summary>
[Collection(PostgresCollection.Name)]
public sealed class IngestBenchmarkSmokeTests(PostgresServer server)
{
    [Fact]
    public async Task The_ingest_benchmark_loads_every_generated_row_into_SQLite_and_PostgreSQL_and_times_all_three_CSV_readers()
    {
        using var log = new StringWriter();

        var result = await IngestBenchmark.RunAsync(2_000, new ManualTimeProvider(IngestHost.Now), log, await server.CreateDatabaseAsync());

        Assert.True(result.ExitCode == 0, log.ToString());
        Assert.Equal(["SQLite", "PostgreSQL"], result.Runs.Select(r => r.Store));
        Assert.All(result.Runs, r => Assert.Equal((0, 2_000L), (r.ExitCode, r.RowsLoaded)));
        Assert.All(result.Runs, r => Assert.True(r.Seconds > 0 && r.CpuSeconds > 0 && r.PeakMegabytes > 0));
        Assert.Equal(3, result.Readers.Count);
        // The readers agree on what the file holds: every data row, and every character of every cell.
        Assert.All(result.Readers, r => Assert.Equal((2_000L, result.Readers[0].Characters), (r.Rows, r.Characters)));
        Assert.Contains(result.Lines(), l => l.StartsWith("| SQLite | 0 | 2,000 | 2,000 |", StringComparison.Ordinal));
        Assert.Contains(result.Lines(), l => l.StartsWith("| PostgreSQL | 0 | 2,000 | 2,000 |", StringComparison.Ordinal));
    }
}
