using System.Globalization;
using System.Text.Json;
using FamilyContext.Plugin.Audit;
using FamilyContext.Plugin.Lookup;
using FamilyContext.Plugin.Reports;
using FamilyContext.Plugin.Services;
using FamilyContext.Plugin.Time;

namespace FamilyContext.Plugin.Demo;

/// <summary>A child of the demo council and the people a panel about them shows (the child first), with their ages.</summary>
internal sealed record DemoUsageChild(string ChildId, IReadOnlyList<(string PersonId, int? Age)> People);

/// <summary>
/// A few months of made-up use of the panel, ending at a given instant, as the audit trail would hold it: workers in teams, each
/// with a caseload, opening panels on weekdays in working hours (now and then in the evening or at a weekend); details opened,
/// a few matches reviewed, some look-ups through <c>/find</c> with a reason, a few refusals, and two afternoons when the police
/// source was down. The same seed and end give the same history. Every entry is in time order.
/// </summary>
internal sealed class DemoUsageGenerator(IReadOnlyList<DemoUsageChild> children, IReadOnlyList<ServiceDefinition> services, int seed)
{
    /// <summary>The demo's teams (the group claim); every demo worker is also in <see cref="DemoLaunchKey.WorkersGroup"/>.</summary>
    public static readonly IReadOnlyList<string> Teams =
        ["assessment-north", "assessment-south", "child-protection", "children-in-care", "early-help", "leaving-care"];

    public const int WorkersPerTeam = 7;

    private static readonly string[] FindReasons =
    [
        "Strategy discussion this afternoon; the allocated worker is on leave",
        "Duty call about a sibling not yet linked on the record",
        "Out-of-hours referral passed to the day team",
        "Preparing for an initial child protection conference",
    ];

    public IEnumerable<(AuditEntry Entry, DateTimeOffset At)> Generate(DateTimeOffset end, int weeks)
    {
        var random = new Random(seed);
        var firstDay = UkDates.DayOf(end).AddDays(-7 * weeks);
        var lastDay = UkDates.DayOf(end).AddDays(-1);
        var outages = new HashSet<DateOnly> { firstDay.AddDays(17), firstDay.AddDays(7 * weeks / 2 + 3) };
        var workers = Workers(random);
        var entries = new List<(AuditEntry Entry, DateTimeOffset At)>();
        var session = 0;
        for (var day = firstDay; day <= lastDay; day = day.AddDays(1))
        {
            var weekend = day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
            foreach (var worker in workers)
            {
                var visits = weekend ? (random.NextDouble() < 0.03 ? 1 : 0) : random.Next(worker.Busy + 1);
                for (var v = 0; v < visits; v++)
                {
                    var minute = weekend || random.NextDouble() < 0.03
                        ? random.Next(18 * 60, 22 * 60) // evening or weekend: on call
                        : random.Next(8 * 60 + 30, 17 * 60 + 30);
                    var at = UkDates.StartOfDay(day).AddMinutes(minute).AddSeconds(random.Next(60));
                    var child = random.NextDouble() < 0.9 ? worker.Caseload[random.Next(worker.Caseload.Count)] : children[random.Next(children.Count)];
                    var outage = outages.Contains(day) && minute >= 13 * 60 && minute < 16 * 60;
                    entries.AddRange(Visit(random, worker, child, $"demo-session-{++session:D6}", at, outage));
                }
            }

            if (!weekend && random.NextDouble() < 0.25)
            {
                // Someone outside the teams the demo permits tries to open a child.
                var child = children[random.Next(children.Count)];
                var at = UkDates.StartOfDay(day).AddMinutes(random.Next(9 * 60, 17 * 60));
                entries.Add((new AuditEntry(AuditActions.AccessDenied, AuditOutcomes.Denied, "demo-visitor-" + random.Next(1, 4).ToString(CultureInfo.InvariantCulture),
                    DemoCmsAdapter.Name.ToLowerInvariant(), child.ChildId, Detail: "launch refused: no access rule permits this worker", Alert: true), at));
            }
        }

        return entries.OrderBy(e => e.At);
    }

    private List<Worker> Workers(Random random)
    {
        var workers = new List<Worker>();
        foreach (var team in Teams)
        {
            for (var i = 1; i <= WorkersPerTeam; i++)
            {
                var caseload = Enumerable.Range(0, random.Next(10, 20)).Select(_ => children[random.Next(children.Count)]).Distinct().ToList();
                workers.Add(new Worker($"demo-{team}-{i.ToString(CultureInfo.InvariantCulture)}", team, caseload, random.Next(2, 6)));
            }
        }

        return workers;
    }

    private IEnumerable<(AuditEntry, DateTimeOffset)> Visit(Random random, Worker worker, DemoUsageChild child, string session, DateTimeOffset at, bool outage)
    {
        var cms = DemoCmsAdapter.Name.ToLowerInvariant();
        if (random.NextDouble() < 0.04)
        {
            // Through /find, with the reason the worker gave.
            yield return (new AuditEntry(AuditActions.Search, AuditOutcomes.Allowed, worker.Id, cms, child.ChildId, SessionId: session,
                Detail: FindReasons[random.Next(FindReasons.Length)]), at);
        }
        else
        {
            yield return (new AuditEntry(AuditActions.LaunchAccepted, AuditOutcomes.Allowed, worker.Id, cms, child.ChildId, SessionId: session,
                Detail: LaunchGroups.Write([worker.Team, DemoLaunchKey.WorkersGroup])), at);
        }

        var flags = child.People.Select(p => (p.PersonId, Flags: services.Where(s => s.AppliesToAge(p.Age))
            .ToDictionary(s => s.Id, s => outage && s.Id == "police" ? FlagState.Unavailable : StateOf(p.PersonId, s.Id)))).ToList();
        at = at.AddSeconds(2);
        yield return (new AuditEntry(AuditActions.PanelShown, AuditOutcomes.Allowed, worker.Id, cms, child.ChildId, SessionId: session,
            Detail: JsonSerializer.Serialize(flags.Select(p => new { person = p.PersonId, flags = p.Flags.ToDictionary(f => f.Key, f => f.Value.ToString()) }))), at);

        foreach (var (person, personFlags) in flags)
        {
            foreach (var (service, state) in personFlags)
            {
                if (state is not (FlagState.Current or FlagState.Historic or FlagState.PossibleMatch) || random.NextDouble() > 0.35)
                {
                    continue;
                }

                at = at.AddSeconds(random.Next(20, 240));
                yield return (new AuditEntry(AuditActions.DetailOpened, AuditOutcomes.Allowed, worker.Id, cms, child.ChildId, person, service, session,
                    JsonSerializer.Serialize(new { state = state.ToString(), records = new[] { $"{service}-{person}" } })), at);
                if (state == FlagState.PossibleMatch && random.NextDouble() < 0.5)
                {
                    at = at.AddSeconds(random.Next(30, 120));
                    var action = random.NextDouble() < 0.7 ? AuditActions.MatchConfirmed : AuditActions.MatchRejected;
                    yield return (new AuditEntry(action, AuditOutcomes.Allowed, worker.Id, cms, child.ChildId, person, service, session), at);
                }
            }
        }
    }

    // The same person has the same state with a service in every panel: a fixed share of the council is known to each.
    private FlagState StateOf(string personId, string serviceId)
    {
        var roll = (uint)StableHash($"{seed}/{personId}/{serviceId}") % 100;
        return roll switch
        {
            < 22 => FlagState.Current,
            < 34 => FlagState.Historic,
            < 37 => FlagState.PossibleMatch,
            _ => FlagState.NoRecord,
        };
    }

    private static int StableHash(string text)
    {
        var hash = 17;
        foreach (var c in text)
        {
            hash = unchecked((hash * 31) + c);
        }

        return hash;
    }

    private sealed record Worker(string Id, string Team, IReadOnlyList<DemoUsageChild> Caseload, int Busy);
}
