using FamilyContext.Plugin.Audit;

namespace FamilyContext.Plugin.Tests.Reports;

/// <summary>
/// A small trail with counts known by hand, over the weeks of 2 and 9 November 2026 (UK time is UTC then):
/// three panels, two children, two workers in two teams, three details, two panels found, one possible match, police
/// unavailable once, one match confirmed and one rejected; and a panel the day before the range, which no report counts.
/// </summary>
internal static class KnownTrail
{
    public static readonly DateOnly From = new(2026, 11, 2);
    public static readonly DateOnly To = new(2026, 11, 15);

    public static IReadOnlyList<(AuditEntry Entry, DateTimeOffset At)> Entries { get; } =
    [
        (Launch("s0", "w1", "c9", "team-a"), At(11, 1, 9)),
        (Panel("s0", "w1", "c9", """[{"person":"c9","flags":{"school":"Current"}}]"""), At(11, 1, 9)),
        (Launch("s1", "w1", "c1", "team-a"), At(11, 2, 9)),
        (Panel("s1", "w1", "c1", """[{"person":"c1","flags":{"school":"Current","police":"NoRecord"}},{"person":"p2","flags":{"school":"NoRecord","police":"Unavailable"}},{"person":"restricted-1","restricted":true}]"""), At(11, 2, 9)),
        (Detail("s1", "w1", "c1"), At(11, 2, 10)),
        (Detail("s1", "w1", "c1"), At(11, 2, 11)),
        (new AuditEntry(AuditActions.MatchConfirmed, AuditOutcomes.Allowed, "w1", "demo", "c1", "p2", "school", "s1"), At(11, 2, 12)),
        (Launch("s2", "w2", "c2", "team-b"), At(11, 4, 14)),
        (Panel("s2", "w2", "c2", """[{"person":"c2","flags":{"school":"PossibleMatch","police":"NoRecord"}}]"""), At(11, 4, 14)),
        (Detail("s2", "w2", "c2"), At(11, 4, 15)),
        (new AuditEntry(AuditActions.AccessDenied, AuditOutcomes.Denied, "w2", "demo", "c2", "c2", "police", "s2"), At(11, 4, 15)),
        (Launch("s3", "w1", "c1", "team-a"), At(11, 10, 16)),
        (Panel("s3", "w1", "c1", """[{"person":"c1","flags":{"school":"NoRecord","police":"Historic"}}]"""), At(11, 10, 16)),
        (new AuditEntry(AuditActions.MatchRejected, AuditOutcomes.Allowed, "w1", "demo", "c1", "c1", "police", "s3"), At(11, 10, 17)),
    ];

    public static IEnumerable<AuditRecord> Records()
    {
        var previous = AuditChain.Genesis;
        var sequence = 0L;
        foreach (var (entry, at) in Entries)
        {
            var record = AuditRecord.Create(++sequence, at, entry, previous);
            previous = record.Hash;
            yield return record;
        }
    }

    public static async Task AppendToAsync(IAuditStore store)
    {
        foreach (var (entry, at) in Entries)
        {
            await store.AppendAsync(entry, at, CancellationToken.None);
        }
    }

    private static DateTimeOffset At(int month, int day, int hour) => new(2026, month, day, hour, 0, 0, TimeSpan.Zero);

    private static AuditEntry Launch(string session, string worker, string child, string team) =>
        new(AuditActions.LaunchAccepted, AuditOutcomes.Allowed, worker, "demo", child, SessionId: session, Detail: $$"""{"groups":["{{team}}","all-workers"]}""");

    private static AuditEntry Panel(string session, string worker, string child, string detail) =>
        new(AuditActions.PanelShown, AuditOutcomes.Allowed, worker, "demo", child, SessionId: session, Detail: detail);

    private static AuditEntry Detail(string session, string worker, string child) =>
        new(AuditActions.DetailOpened, AuditOutcomes.Allowed, worker, "demo", child, child, "school", session, """{"state":"Current","records":[]}""");
}
