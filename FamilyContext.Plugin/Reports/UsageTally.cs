using FamilyContext.Plugin.Audit;
using FamilyContext.Plugin.Panel;
using FamilyContext.Plugin.Time;

namespace FamilyContext.Plugin.Reports;

/// <summary>
/// Counts a use-and-value report from audit records, one at a time, in any order: launches first (<see cref="AddLaunch"/>,
/// so each session's team is known), then the panels, details and match reviews (<see cref="Add"/>). Records outside the
/// query's UK days, or from another team's sessions when a team is asked for, are left out.
/// </summary>
internal sealed class UsageTally(UsageQuery query, ReportsOptions options)
{
    private readonly Dictionary<string, IReadOnlyList<string>> _sessionGroups = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _teams = new(StringComparer.Ordinal);
    private readonly SortedDictionary<DateOnly, Bucket> _periods = [];
    private readonly Bucket _total = new();
    private readonly SortedDictionary<string, int[]> _services = new(StringComparer.Ordinal);
    private readonly DateTimeOffset _from = UkDates.StartOfDay(query.From);
    private readonly DateTimeOffset? _to = UkDates.EndOfDay(query.To);

    public void AddLaunch(AuditRecord launch)
    {
        var groups = LaunchGroups.Read(launch.Detail);
        if (launch.SessionId is { } session)
        {
            _sessionGroups[session] = groups;
        }

        if (InRange(launch))
        {
            _teams.UnionWith(groups);
        }
    }

    public void Add(AuditRecord r)
    {
        if (!InRange(r) || !InTeam(r))
        {
            return;
        }

        var facts = r.Action == AuditActions.PanelShown ? PanelFacts.Read(r.Detail) : null;
        var bucket = PeriodOf(r.At);
        foreach (var b in (Bucket[])[bucket, _total])
        {
            switch (r.Action)
            {
                case AuditActions.PanelShown:
                    b.AddPanel(r, facts!);
                    break;
                case AuditActions.DetailOpened when r.Outcome == AuditOutcomes.Allowed:
                    b.Details++;
                    break;
                case AuditActions.MatchConfirmed:
                    b.Confirmed++;
                    break;
                case AuditActions.MatchRejected:
                    b.Rejected++;
                    break;
            }
        }

        if (facts is not null)
        {
            foreach (var service in facts.Services)
            {
                if (!_services.TryGetValue(service, out var counts))
                {
                    _services[service] = counts = new int[3];
                }

                counts[0]++;
                counts[1] += facts.Found.Contains(service) ? 1 : 0;
                counts[2] += facts.Unavailable.Contains(service) ? 1 : 0;
            }
        }
    }

    public UsageReport Build()
    {
        var periods = new List<UsageFigures>();
        for (var start = PeriodStart(query.From); start <= query.To; start = Next(start))
        {
            periods.Add((_periods.GetValueOrDefault(start) ?? new Bucket()).Figures(start, Label(start)));
        }

        var total = _total.Figures(query.From, "All");
        return new UsageReport(query, periods, total,
            [.. _services.Select(s => new ServiceFigures(s.Key, s.Value[0], s.Value[1], s.Value[2]))],
            [.. _teams], new TimeSaved(options.MinutesPerCaseBefore, options.MinutesPerCaseAfter, total.Children));
    }

    private bool InRange(AuditRecord r) => r.At >= _from && (_to is null || r.At < _to);

    private bool InTeam(AuditRecord r) =>
        query.Team is null || (r.SessionId is { } s && _sessionGroups.TryGetValue(s, out var groups) && groups.Contains(query.Team, StringComparer.Ordinal));

    private Bucket PeriodOf(DateTimeOffset at)
    {
        var start = PeriodStart(UkDates.DayOf(at));
        if (!_periods.TryGetValue(start, out var bucket))
        {
            _periods[start] = bucket = new Bucket();
        }

        return bucket;
    }

    private DateOnly PeriodStart(DateOnly day) => query.Period == ReportPeriod.Month
        ? new DateOnly(day.Year, day.Month, 1)
        : day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    private DateOnly Next(DateOnly start) => query.Period == ReportPeriod.Month ? start.AddMonths(1) : start.AddDays(7);

    private string Label(DateOnly start) => query.Period == ReportPeriod.Month
        ? start.ToString("MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"))
        : "Week of " + UkDates.Date(start);

    private sealed class Bucket
    {
        private readonly HashSet<string> _children = new(StringComparer.Ordinal);
        private readonly HashSet<string> _workers = new(StringComparer.Ordinal);
        private int _panels, _found, _possible;

        public int Details { get; set; }

        public int Confirmed { get; set; }

        public int Rejected { get; set; }

        public void AddPanel(AuditRecord r, PanelFacts facts)
        {
            _panels++;
            _children.Add($"{r.Cms}/{r.ChildId}");
            _workers.Add($"{r.Cms}/{r.Actor}");
            _found += facts.Found.Count > 0 ? 1 : 0;
            _possible += facts.Possible.Count > 0 ? 1 : 0;
        }

        public UsageFigures Figures(DateOnly start, string label) =>
            new(start, label, _panels, _children.Count, _workers.Count, Details, _found, _possible, Confirmed, Rejected);
    }
}
