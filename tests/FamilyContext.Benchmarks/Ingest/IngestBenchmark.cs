using System.Diagnostics;
using System.Globalization;
using FamilyContext.Plugin.Hosting;
using FamilyContext.Plugin.Ingest;
using FamilyContext.Plugin.Store;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace FamilyContext.Benchmarks.Ingest;

/// <summary>
/// A generated flat housing extract ingested end to end into a new SQLite store, as the <c>ingest</c> command does
/// it (parse, check, report, load, swap), timed, with the process's peak memory during the ingest; then the CSV
/// readers compared over the same file.
/// </summary>
public static class IngestBenchmark
{
    /// <param name="postgres">A connection string to an empty PostgreSQL database: the same extract is then ingested there too.</param>
    public static async Task<IngestBenchmarkResult> RunAsync(int rows, TimeProvider time, TextWriter log, string? postgres = null)
    {
        var folder = Directory.CreateTempSubdirectory("fc-bench-ingest-").FullName;
        try
        {
            var extract = Path.Combine(folder, "housing.csv");
            HousingExtract.Write(extract, rows);
            List<IngestRun> runs = [await IngestAsync("SQLite", folder, extract, time, log, new Dictionary<string, string?>
            {
                ["FamilyContext:Store:ConnectionString"] = $"Data Source={Path.Combine(folder, "store.db")}",
            })];
            if (postgres is not null)
            {
                runs.Add(await IngestAsync("PostgreSQL", folder, extract, time, log, new Dictionary<string, string?>
                {
                    ["FamilyContext:Store:Provider"] = "PostgreSQL",
                    ["FamilyContext:Store:ConnectionString"] = postgres,
                }));
            }

            return new IngestBenchmarkResult(rows, new FileInfo(extract).Length, runs, CsvReaderComparison.Run(extract));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<IngestRun> IngestAsync(string name, string folder, string extract, TimeProvider time, TextWriter log, Dictionary<string, string?> store)
    {
        using var host = Build(folder, time, store);
        var request = new IngestRequest("housing", extract, Path.Combine(RepositoryRoot(), "samples", "flat", "housing.yaml"),
            time.GetUtcNow().AddHours(-1), Actor: "benchmark");

        ResetPeakMemory();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var started = Stopwatch.GetTimestamp();
        var code = await IngestCommand.RunAsync(host.Services, request, new LineProgress(log, TimeProvider.System, TimeSpan.FromSeconds(5)), log, log, CancellationToken.None);
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var peak = PeakMegabytes();
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;

        var loaded = (await host.Services.GetRequiredService<IRecordStore>().GetMetadataAsync("housing", CancellationToken.None))?.RecordCount ?? 0;
        return new IngestRun(name, code, loaded, seconds, cpuSeconds, peak);
    }

    private static IHost Build(string folder, TimeProvider time, Dictionary<string, string?> store)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Benchmark", ContentRootPath = folder });
        builder.Configuration.AddJsonFile(Path.Combine(RepositoryRoot(), "FamilyContext.Plugin", "appsettings.json"), optional: false);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["FamilyContext:Audit:ConnectionString"] = $"Data Source={Path.Combine(folder, "audit.db")}",
            ["FamilyContext:Access:ConnectionString"] = $"Data Source={Path.Combine(folder, "access.db")}",
            ["FamilyContext:Ingest:ReportDirectory"] = Path.Combine(folder, "reports"),
            ["Logging:LogLevel:Default"] = "Warning",
        });
        builder.Configuration.AddInMemoryCollection(store);
        builder.Services.AddFamilyContext(builder.Configuration, builder.Environment);
        builder.Services.AddSingleton(time);
        return builder.Build();
    }

    /// <summary>Linux keeps the process's peak resident memory (VmHWM); writing 5 to clear_refs starts it again from now.</summary>
    private static void ResetPeakMemory()
    {
        GC.Collect();
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Not Linux, or not allowed: the peak then counts from the process start.
        }
    }

    private static double PeakMegabytes()
    {
        const string Key = "VmHWM:";
        var line = File.Exists("/proc/self/status") ? File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith(Key, StringComparison.Ordinal)) : null;
        return line is null
            ? Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0
            : long.Parse(line[Key.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024.0;
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "FamilyContext.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("Run the benchmark from the repository: FamilyContext.sln was not found above it.");
    }
}
