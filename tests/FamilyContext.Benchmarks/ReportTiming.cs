using System.Diagnostics;
using System.Globalization;
using FamilyContext.Plugin.Audit;
using FamilyContext.Plugin.Reports;
using Microsoft.Data.Sqlite;

namespace FamilyContext.Benchmarks;

/// <summary>
/// The use-and-value report over a year of a SQLite audit trail of a given size: a synthetic council's usage (200 workers
/// in 12 teams, weekdays in working hours; a launch, a panel of four people and a detail or two per visit).
/// </summary>
internal static class ReportTiming
{
    private static readonly string[] Services = ["school", "housing", "police", "asc"];
    private static readonly string[] ParameterNames = ["$s", "$at", "$action", "$actor", "$child", "$session", "$detail"];
    private static readonly string[] States = ["Current", "Historic", "NoRecord", "NoRecord", "NoRecord", "NotChecked", "Unavailable", "PossibleMatch"];

    public static async Task<ReportResult> RunAsync(int size)
    {
        var folder = Directory.CreateTempSubdirectory("fc-bench-report-").FullName;
        try
        {
            var connectionString = $"Data Source={Path.Combine(folder, "audit.db")}";
            var store = new SqliteAuditStore(connectionString);
            await store.InitialiseAsync(CancellationToken.None);
            var started = Stopwatch.GetTimestamp();
            await FillAsync(connectionString, size);
            var load = Stopwatch.GetElapsedTime(started);

            var query = new UsageQuery(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), ReportPeriod.Month);
            var records = new ReportRecords(store);
            var times = new List<double>();
            UsageReport? report = null;
            for (var i = 0; i < 3; i++)
            {
                var t = Stopwatch.GetTimestamp();
                report = await records.UsageAsync(query, new ReportsOptions(), long.MaxValue, CancellationToken.None);
                times.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
            }

            return new ReportResult(size, load.TotalSeconds, report!.Total.Panels, times.Min(), times.Max());
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Writes the records straight into the table in one transaction (the chain's hashes are not what is timed).</summary>
    private static async Task FillAsync(string connectionString, int size)
    {
        var random = new Random(12);
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO audit_log VALUES ($s, $at, $action, 'allowed', $actor, 'demo', $child, NULL, NULL, $session, $detail, 0, '', '')";
        var p = ParameterNames.Select(n => insert.Parameters.Add(new SqliteParameter { ParameterName = n })).ToArray();
        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var step = TimeSpan.FromDays(365).Ticks / size;
        for (var s = 1; s <= size;)
        {
            var worker = random.Next(200);
            var child = random.Next(20_000).ToString(CultureInfo.InvariantCulture);
            var session = $"s{s}";
            foreach (var (action, detail) in Visit(random, worker))
            {
                if (s > size)
                {
                    break;
                }

                var at = start.AddTicks(step * s);
                at = new DateTimeOffset(at.Date, TimeSpan.Zero).AddHours(8 + (at.TimeOfDay.TotalHours * 10 / 24));
                (p[0].Value, p[1].Value, p[2].Value, p[3].Value, p[4].Value, p[5].Value, p[6].Value) =
                    (s, AuditChain.Timestamp(at), action, $"worker-{worker}", child, session, (object?)detail ?? DBNull.Value);
                await insert.ExecuteNonQueryAsync();
                s++;
            }
        }

        await transaction.CommitAsync();
    }

    private static IEnumerable<(string Action, string? Detail)> Visit(Random random, int worker)
    {
        yield return (AuditActions.LaunchAccepted, $$"""{"groups":["team-{{worker % 12}}"]}""");
        var people = string.Join(",", Enumerable.Range(0, 4).Select(_ =>
            "{\"person\":\"p" + random.Next(100_000).ToString(CultureInfo.InvariantCulture) + "\",\"flags\":{"
            + string.Join(",", Services.Select(s => $"\"{s}\":\"{States[random.Next(States.Length)]}\"")) + "}}"));
        yield return (AuditActions.PanelShown, $"[{people}]");
        for (var d = random.Next(3); d > 0; d--)
        {
            yield return (AuditActions.DetailOpened, """{"state":"Current","records":["r1"]}""");
        }
    }
}

internal sealed record ReportResult(int Size, double LoadSeconds, int Panels, double FastestMs, double SlowestMs)
{
    public string Row() => string.Create(CultureInfo.InvariantCulture, $"| {Size:N0} | {LoadSeconds:F1} | {Panels:N0} | {FastestMs:F0} | {SlowestMs:F0} |");
}
