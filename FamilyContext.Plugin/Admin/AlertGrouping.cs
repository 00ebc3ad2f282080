using System.Globalization;
using System.Text.RegularExpressions;
using FamilyContext.Plugin.Alerts;
using FamilyContext.Plugin.Audit;

namespace FamilyContext.Plugin.Admin;

/// <summary>Groups the trail's alerts for the Alerts page the same way alert messages are grouped, and finds each group's review.</summary>
internal static partial class AlertGrouping
{
    /// <summary>The detail of a review record: "alerts 512 to 646".</summary>
    public static string ReviewDetail(long first, long last) =>
        string.Create(CultureInfo.InvariantCulture, $"alerts {first} to {last}");

    /// <param name="alerts">Alert records, newest first.</param>
    /// <param name="reviews">Review records, newest first.</param>
    /// <param name="window">Alerts of one kind each within this time of the one before form one group.</param>
    public static IReadOnlyList<AlertGroup> Group(IReadOnlyList<AuditRecord> alerts, IReadOnlyList<AuditRecord> reviews, TimeSpan window)
    {
        var open = new Dictionary<(string, string?, string?), (AuditRecord Newest, long First, DateTimeOffset FirstAt, int Count)>();
        var closed = new List<(AuditRecord Newest, long First, DateTimeOffset FirstAt, int Count)>();
        foreach (var r in alerts.OrderBy(a => a.Sequence))
        {
            var key = (r.Action, r.Actor, AlertWording.Cause(r));
            if (open.TryGetValue(key, out var g) && r.At - g.Newest.At <= window)
            {
                open[key] = (r, g.First, g.FirstAt, g.Count + 1);
                continue;
            }

            if (open.Remove(key, out var ended))
            {
                closed.Add(ended);
            }

            open[key] = (r, r.Sequence, r.At, 1);
        }

        var ranges = reviews.Select(v => (Review: v, Range: Range(v.Detail))).Where(v => v.Range is not null).ToList();
        return [.. closed.Concat(open.Values)
            .OrderByDescending(g => g.Newest.Sequence)
            .Select(g => new AlertGroup(g.Newest, g.First, g.FirstAt, g.Count,
                ranges.FirstOrDefault(v => v.Range!.Value.First <= g.First && v.Range.Value.Last >= g.Newest.Sequence).Review))];
    }

    private static (long First, long Last)? Range(string? detail) =>
        detail is not null && ReviewPattern().Match(detail) is { Success: true } m
            ? (long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), long.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture))
            : null;

    [GeneratedRegex("^alerts ([0-9]{1,18}) to ([0-9]{1,18})$")]
    private static partial Regex ReviewPattern();
}
