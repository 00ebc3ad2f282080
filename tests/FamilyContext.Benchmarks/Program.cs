using System.Globalization;
using FamilyContext.Benchmarks;

// A load run with wrk against the real service on loopback, and a store lookup timing, reported side by side.
// Usage: dotnet run -c Release --project tests/FamilyContext.Benchmarks -- [--smoke] [--duration SECONDS] [--large RECORDS] [--audit RECORDS]
//        [--postgres CONNECTION-STRING] [--reports-only]; or "store [--large RECORDS] [--postgres CONNECTION-STRING]" for the store timing alone.
// Any response that is not 2xx, or a socket error, stops the run with an error.
// The ingest alone: dotnet run -c Release --project tests/FamilyContext.Benchmarks -- ingest [--rows ROWS] [--postgres CONNECTION-STRING]
if (args.Length > 0 && args[0] == "ingest")
{
    var result = await FamilyContext.Benchmarks.Ingest.IngestBenchmark.RunAsync(Option("--rows", 1_000_000), TimeProvider.System, Console.Out, TextOption("--postgres"));
    Console.WriteLine();
    Console.WriteLine(string.Join(Environment.NewLine, result.Lines()));
    return result.ExitCode;
}

var smoke = args.Contains("--smoke");
var large = Option("--large", smoke ? 2_000 : 1_000_000);
var postgres = TextOption("--postgres");
if (args.Length > 0 && args[0] == "store")
{
    Console.WriteLine(string.Join(Environment.NewLine, await StoreRowsAsync(large, postgres)));
    return 0;
}

// --smoke: about two seconds of load, to prove the benchmark still runs and every response is 2xx; its figures mean nothing.
var duration = Option("--duration", smoke ? 1 : 10);
var auditSize = Option("--audit", smoke ? 2_000 : 1_000_000);
int[] connections = smoke ? [16] : [16, 64];
if (args.Contains("--reports-only"))
{
    Console.WriteLine(string.Join(Environment.NewLine, await ReportRowsAsync(auditSize)));
    return 0;
}

var report = new List<string>
{
    $"Command: FamilyContext.Benchmarks {string.Join(' ', args)}", $"Date: {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores", "",
    "| Run | Connections | Requests/s | p50 ms | p99 ms |", "|---|---:|---:|---:|---:|",
};
var memory = new List<string> { "| Process memory (the service in this process) | RSS MB |", "|---|---:|" };
await using (var warm = await PanelHost.StartAsync(cacheEnabled: true, sourceDelay: TimeSpan.FromMilliseconds(50)))
{
    await warm.WarmAsync();
    memory.Add(string.Create(CultureInfo.InvariantCulture, $"| Idle, after start and one panel | {Environment.WorkingSet / 1048576.0:F0} |"));
    foreach (var c in connections)
    {
        var baseline = await Wrk.RunAsync(warm.Url("/bench/ping"), warm.Cookie, duration, c);
        var panel = await Wrk.RunAsync(warm.Url(warm.PanelPath), warm.Cookie, duration, c);
        report.Add(baseline.Row("Baseline: trivial endpoint, same host"));
        report.Add(panel.Row("Panel, warm cache (child + 10 people × 4 services)"));
        report.Add(string.Create(CultureInfo.InvariantCulture, $"| Warm panel ÷ baseline | {c} | {panel.RequestsPerSecond / baseline.RequestsPerSecond:P1} | | |"));
    }

    memory.Add(string.Create(CultureInfo.InvariantCulture, $"| After the warm runs ({connections.Length * 2 * duration} s of load) | {Environment.WorkingSet / 1048576.0:F0} |"));
}

await using (var family = await PanelHost.StartAsync(cacheEnabled: true, sourceDelay: TimeSpan.FromMilliseconds(50), relatives: 30))
{
    await family.WarmAsync();
    var before = family.Cms.Calls;
    var panel = await Wrk.RunAsync(family.Url(family.PanelPath), family.Cookie, duration);
    report.Add(panel.Row("Panel, warm, a family of 30 (child + 30 people × 4 services)"));
    report.Add(string.Create(CultureInfo.InvariantCulture, $"| CMS calls per warm panel of 30 | | {(double)(family.Cms.Calls - before) / Math.Max(1, panel.Requests):F1} | | |"));
}

if (!smoke)
{
    await using var cold = await PanelHost.StartAsync(cacheEnabled: false, sourceDelay: TimeSpan.FromMilliseconds(50));
    report.Add((await Wrk.RunAsync(cold.Url(cold.PanelPath), cold.Cookie, duration)).Row("Panel, cold (cache off, every source +50 ms)"));
    report.Add((await Wrk.RunAsync(cold.Url(cold.PanelPath), cold.Cookie, duration, connections: 1)).Row("Panel, cold, one connection at a time"));
}

report.Add("");
report.AddRange(memory);
report.Add("");
report.AddRange(await StoreRowsAsync(large, postgres));
report.Add("");
report.AddRange(await ReportRowsAsync(auditSize));
Console.WriteLine();
Console.WriteLine(string.Join(Environment.NewLine, report));
return 0;

// Candidate lookups in a store of 1,000 records and in a large one, SQLite and (given a connection string) PostgreSQL.
static async Task<List<string>> StoreRowsAsync(int large, string? postgres)
{
    var rows = new List<string> { "| Store | Records | Load s | Lookups | Candidates/lookup | p50 µs | p99 µs | mean µs |", "|---|---:|---:|---:|---:|---:|---:|---:|" };
    foreach (var kind in postgres is null ? ["SQLite"] : new[] { "SQLite", "PostgreSQL" })
    {
        var small = await StoreTiming.RunAsync(1_000, kind == "SQLite" ? null : postgres);
        var big = await StoreTiming.RunAsync(large, kind == "SQLite" ? null : postgres);
        rows.Add(small.Row(kind));
        rows.Add(big.Row(kind));
        rows.Add(string.Create(CultureInfo.InvariantCulture, $"| {kind} | {large:N0} ÷ 1,000 | | | | {big.P50 / small.P50:F2}× | {big.P99 / small.P99:F2}× | {big.Mean / small.Mean:F2}× |"));
    }

    return rows;
}

// The use-and-value report over a year, for a small trail and a large one: the ratio shows how it grows.
static async Task<List<string>> ReportRowsAsync(int size)
{
    var small = await ReportTiming.RunAsync(1_000);
    var big = await ReportTiming.RunAsync(size);
    return ["| Audit records (SQLite) | Load s | Panels in the year | Report ms (fastest) | Report ms (slowest) |", "|---:|---:|---:|---:|---:|",
        small.Row(), big.Row(), string.Create(CultureInfo.InvariantCulture, $"| {size:N0} ÷ 1,000 | | | {big.FastestMs / small.FastestMs:F0}× | |")];
}

int Option(string name, int fallback) => TextOption(name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

string? TextOption(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}
