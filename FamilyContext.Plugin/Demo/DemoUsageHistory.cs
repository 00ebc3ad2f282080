using System.Diagnostics;
using FamilyContext.Plugin.Audit;
using FamilyContext.Plugin.Services;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FamilyContext.Plugin.Demo;

/// <summary>
/// On the demo's first start (an empty audit trail), writes <see cref="DemoOptions.UsageHistoryWeeks"/> weeks of made-up use
/// ending now into the audit trail, back-dated and chained like any other record, so the reports show something at once.
/// </summary>
internal sealed partial class DemoUsageHistory(
    IOptions<DemoOptions> options,
    DemoCmsDatabase cms,
    IAuditStore audit,
    ServiceCatalogue catalogue,
    TimeProvider time,
    ILogger<DemoUsageHistory> logger)
{
    // Appends queued together are written in one transaction (group commit); a few hundred at a time stays well inside its timeout.
    private const int Batch = 500;

    private const int ChildrenWorkedWith = 300;

    public async Task GenerateAsync(CancellationToken cancellationToken)
    {
        var weeks = options.Value.UsageHistoryWeeks;
        if (weeks <= 0 || await audit.CountAsync(new AuditQuery(), cancellationToken) > 0)
        {
            return;
        }

        var started = Stopwatch.GetTimestamp();
        var children = await ChildrenAsync(cancellationToken);
        if (children.Count == 0)
        {
            return;
        }

        var written = 0;
        var pending = new List<Task<AuditRecord>>(Batch);
        var entries = new DemoUsageGenerator(children, catalogue.All, options.Value.Seed).Generate(time.GetUtcNow(), weeks).ToList();
        var generated = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        foreach (var (entry, at) in entries)
        {
            // Queued in order, before any is awaited: the chain follows time.
            pending.Add(audit.AppendAsync(entry, at, cancellationToken));
            if (pending.Count == Batch)
            {
                written += (await Task.WhenAll(pending)).Length;
                pending.Clear();
            }
        }

        written += (await Task.WhenAll(pending)).Length;
        var elapsed = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        Generated(logger, written, weeks, generated, elapsed);
    }

    private async Task<List<DemoUsageChild>> ChildrenAsync(CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var result = new List<DemoUsageChild>();
        // The children the demo's teams work with: a few hundred of the council's, the same ones for the same seed.
        var all = await cms.ChildrenAsync(cancellationToken);
        foreach (var child in all.OrderBy(c => c.Id, StringComparer.Ordinal).Where((_, i) => i % Math.Max(1, all.Count / ChildrenWorkedWith) == 0))
        {
            var links = await cms.LinksAsync(child.Id, cancellationToken);
            result.Add(new DemoUsageChild(child.Id,
                [(child.Id, AgeCalculator.AgeOn(child.DateOfBirth, today)), .. links.Where(l => !l.Other.Restricted).Select(l => (l.Other.Id, AgeCalculator.AgeOn(l.Other.DateOfBirth, today)))]));
        }

        return result;
    }

    [LoggerMessage(EventId = 9003, Level = LogLevel.Information, Message = "Generated {Records} audit records of demo use over {Weeks} weeks in {Milliseconds} ms ({GeneratedMilliseconds} ms to make them up)")]
    private static partial void Generated(ILogger logger, int records, int weeks, long generatedMilliseconds, long milliseconds);
}
