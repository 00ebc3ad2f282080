using FamilyContext.Plugin.Audit;
using FamilyContext.Plugin.Time;

namespace FamilyContext.Plugin.Reports;

/// <summary>
/// Reads the records a report needs from the audit store, one action at a time and a page at a time (newest first, each
/// page below the last one's sequence), so a long trail is never held in memory at once. Works on every store.
/// </summary>
internal sealed class ReportRecords(IAuditStore store, int pageSize = 5_000)
{

    // A session may have begun the day before the range does: its launch names its team.
    private static readonly TimeSpan LaunchLead = TimeSpan.FromDays(1);

    public async Task<UsageReport> UsageAsync(UsageQuery query, ReportsOptions options, long upTo, CancellationToken cancellationToken)
    {
        var tally = new UsageTally(query, options);
        var from = UkDates.StartOfDay(query.From);
        var to = UkDates.EndOfDay(query.To);
        await foreach (var launch in ReadAsync(AuditActions.LaunchAccepted, from - LaunchLead, to, upTo, cancellationToken))
        {
            tally.AddLaunch(launch);
        }

        foreach (var action in (string[])[AuditActions.PanelShown, AuditActions.DetailOpened, AuditActions.MatchConfirmed, AuditActions.MatchRejected])
        {
            await foreach (var record in ReadAsync(action, from, to, upTo, cancellationToken))
            {
                tally.Add(record);
            }
        }

        return tally.Build();
    }

    public async IAsyncEnumerable<AuditRecord> ReadAsync(string? action, DateTimeOffset? from, DateTimeOffset? to, long upTo,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var below = upTo;
        while (true)
        {
            var page = await store.SearchAsync(new AuditQuery(from, to, Action: action, Limit: pageSize, UpToSequence: below), cancellationToken);
            foreach (var record in page)
            {
                yield return record;
            }

            if (page.Count < pageSize)
            {
                yield break;
            }

            below = page[^1].Sequence - 1;
        }
    }
}
