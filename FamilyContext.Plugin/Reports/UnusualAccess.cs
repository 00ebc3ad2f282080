using FamilyContext.Plugin.Audit;
using FamilyContext.Plugin.Time;

namespace FamilyContext.Plugin.Reports;

/// <summary>
/// Flags unusual access from audit records, one worker-day at a time: far more children than the worker's usual day,
/// panels opened out of hours or at weekends, repeated refusals, and every look-up made through <c>/find</c> with its reason.
/// </summary>
internal sealed class UnusualAccess(UnusualAccessOptions rules)
{
    private readonly Dictionary<(string Actor, DateOnly Day), HashSet<string>> _children = [];
    private readonly Dictionary<(string Actor, DateOnly Day), int> _outOfHours = [];
    private readonly Dictionary<(string Actor, DateOnly Day), int> _refusals = [];
    private readonly List<UnusualItem> _searches = [];

    public void Add(AuditRecord r)
    {
        if (r.Actor is not { } actor)
        {
            return;
        }

        var local = UkDates.Local(r.At);
        var key = (actor, DateOnly.FromDateTime(local));
        switch (r.Action)
        {
            case AuditActions.PanelShown:
                if (!_children.TryGetValue(key, out var children))
                {
                    _children[key] = children = new HashSet<string>(StringComparer.Ordinal);
                }

                children.Add($"{r.Cms}/{r.ChildId}");
                if (local.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday || TimeOnly.FromDateTime(local) is var t && (t < rules.WorkingDayStarts || t >= rules.WorkingDayEnds))
                {
                    _outOfHours[key] = _outOfHours.GetValueOrDefault(key) + 1;
                }

                break;
            case AuditActions.AccessDenied or AuditActions.LaunchRejected or AuditActions.SignInRejected or AuditActions.StaffPageDenied:
                _refusals[key] = _refusals.GetValueOrDefault(key) + 1;
                break;
            case AuditActions.Search:
                _searches.Add(new UnusualItem(key.Item2, actor, "Look-up", 1, $"Looked up a child: {r.Detail}"));
                break;
        }
    }

    /// <summary>Every flagged item, newest day first.</summary>
    public IReadOnlyList<UnusualItem> Flagged()
    {
        var items = new List<UnusualItem>(_searches);
        foreach (var worker in _children.GroupBy(c => c.Key.Actor))
        {
            var usual = Median(worker.Select(d => d.Value.Count));
            foreach (var (key, children) in worker)
            {
                if (children.Count >= rules.ChildrenPerDayAtLeast && children.Count > rules.ChildrenPerDayFactor * usual)
                {
                    items.Add(new UnusualItem(key.Day, key.Actor, "Many children", children.Count,
                        $"Opened {children.Count} children's panels; usually {usual:0.#} a day"));
                }
            }
        }

        items.AddRange(_outOfHours.Select(o => new UnusualItem(o.Key.Day, o.Key.Actor, "Out of hours", o.Value, $"Opened {o.Value} panels outside working hours")));
        items.AddRange(_refusals.Where(r => r.Value >= rules.RefusalsPerDay)
            .Select(r => new UnusualItem(r.Key.Day, r.Key.Actor, "Refusals", r.Value, $"Refused {r.Value} times")));
        return [.. items.OrderByDescending(i => i.Day).ThenBy(i => i.Actor, StringComparer.Ordinal).ThenBy(i => i.Kind, StringComparer.Ordinal)];
    }

    private static double Median(IEnumerable<int> counts)
    {
        var sorted = counts.Order().ToArray();
        return sorted.Length == 0 ? 0 : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2.0;
    }
}
