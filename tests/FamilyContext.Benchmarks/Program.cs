using System.Globalization;
using FamilyContext.Benchmarks;

// A load run with wrk against the real service on loopback, and a store lookup timing, reported side by side.
// Usage: dotnet run -c Release --project tests/FamilyContext.Benchmarks -- [--duration SECONDS] [--large RECORDS] [--reports-only [--audit RECORDS]]
// The ingest alone: dotnet run -c Release --project tests/FamilyContext.Benchmarks -- ingest [--rows ROWS] [--postgres CONNECTION-STRING]
if (args.Length > 0 && args[0] == "ingest")
{
    var postgres = Array.IndexOf(args, "--postgres") is var at and >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    var result = await FamilyContext.Benchmarks.Ingest.IngestBenchmark.RunAsync(Option("--rows", 1_000_000), TimeProvider.System, Console.Out, postgres);
    Console.WriteLine();
    Console.WriteLine(string.Join(Environment.NewLine, result.Lines()));
    return result.ExitCode;
}

var duration = Option("--duration", 10);
var large = Option("--large", 1_000_000);
var auditSize = Option("--audit", 1_000_000);
if (args.Contains("--reports-only"))
{
    Console.WriteLine(string.Join(Environment.NewLine, await ReportRowsAsync(auditSize)));
    return 0;
}

var report = new List<string> { "| Run | Requests/s | p50 ms | p99 ms |", "|---|---:|---:|---:|" };
await using (var warm = await PanelHost.StartAsync(cacheEnabled: true, sourceDelay: TimeSpan.FromMilliseconds(50)))
{
    var baseline = await Wrk.RunAsync(warm.Url("/bench/ping"), warm.Cookie, duration);
    await warm.WarmAsync();
    var panel = await Wrk.RunAsync(warm.Url(warm.PanelPath), warm.Cookie, duration);
    report.Add(baseline.Row("Baseline: trivial endpoint, same host"));
    report.Add(panel.Row("Panel, warm cache (child + 10 people × 4 services)"));
    report.Add($"| Warm panel ÷ baseline | {panel.RequestsPerSecond / baseline.RequestsPerSecond:P1} | | |");
}

await using (var cold = await PanelHost.StartAsync(cacheEnabled: false, sourceDelay: TimeSpan.FromMilliseconds(50)))
{
    var panel = await Wrk.RunAsync(cold.Url(cold.PanelPath), cold.Cookie, duration);
    report.Add(panel.Row("Panel, cold (cache off, every source +50 ms)"));
    var single = await Wrk.RunAsync(cold.Url(cold.PanelPath), cold.Cookie, duration, connections: 1);
    report.Add(single.Row("Panel, cold, one connection at a time"));
}

report.Add("");
report.Add("| Store (SQLite) | Load s | Lookups | Candidates/lookup | p50 µs | p99 µs | mean µs |");
report.Add("|---:|---:|---:|---:|---:|---:|---:|");
var small = await StoreTiming.RunAsync(1_000);
var big = await StoreTiming.RunAsync(large);
report.Add(small.Row());
report.Add(big.Row());
report.Add(string.Create(CultureInfo.InvariantCulture, $"| {large:N0} ÷ 1,000 | | | | {big.P50 / small.P50:F2}× | {big.P99 / small.P99:F2}× | {big.Mean / small.Mean:F2}× |"));

report.Add("");
report.AddRange(await ReportRowsAsync(auditSize));
Console.WriteLine();
Console.WriteLine(string.Join(Environment.NewLine, report));
return 0;

// The use-and-value report over a year, for a small trail and a large one: the ratio shows how it grows.
static async Task<List<string>> ReportRowsAsync(int size)
{
    var small = await ReportTiming.RunAsync(1_000);
    var big = await ReportTiming.RunAsync(size);
    return ["| Audit records (SQLite) | Load s | Panels in the year | Report ms (fastest) | Report ms (slowest) |", "|---:|---:|---:|---:|---:|",
        small.Row(), big.Row(), string.Create(CultureInfo.InvariantCulture, $"| {size:N0} ÷ 1,000 | | | {big.FastestMs / small.FastestMs:F0}× | |")];
}

int Option(string name, int fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
}
