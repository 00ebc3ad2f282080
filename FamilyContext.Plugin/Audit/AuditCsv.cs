using System.Globalization;
using System.Text;
using FamilyContext.Plugin.Time;

namespace FamilyContext.Plugin.Audit;

/// <summary>
/// Audit records as CSV (RFC 4180) a spreadsheet opens as it is: UTF-8 with a byte-order mark, a header row in words, UK
/// time beside UTC, a panel's flags one column per service, and formula injection defused. Columns: docs/audit-export.md.
/// </summary>
internal static class AuditCsv
{
    public const char ByteOrderMark = '\uFEFF';

    private static readonly string[] Leading =
        ["Record", "When (UK time)", "When (UTC)", "Action", "Outcome", "Worker or user", "System", "Child", "Person", "Service", "Session", "Alert", "People shown"];

    private static readonly string[] Trailing = ["Detail", "Previous hash", "Hash"];

    public static string Write(IReadOnlyCollection<AuditRecord> records)
    {
        var panels = records.ToDictionary(r => r.Sequence, DetailText.PanelFlags);
        var services = panels.Values.SelectMany(p => p.FlagsByService.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var csv = new StringBuilder().Append(ByteOrderMark);
        Line(csv, [.. Leading, .. services.Select(s => $"Flag: {s}"), .. Trailing]);
        foreach (var r in records)
        {
            var (people, flags) = panels[r.Sequence];
            Line(csv, [
                r.Sequence.ToString(CultureInfo.InvariantCulture), UkDates.Sortable(r.At), AuditChain.Timestamp(r.At), r.Action, r.Outcome, r.Actor, r.Cms,
                r.ChildId, r.PersonId, r.ServiceId, r.SessionId, r.Alert ? "Yes" : "No", string.Join("; ", people),
                .. services.Select(s => flags.GetValueOrDefault(s)),
                r.Action == AuditActions.PanelShown ? null : DetailText.Readable(r), r.PreviousHash, r.Hash]);
        }

        return csv.ToString();
    }

    private static void Line(StringBuilder csv, IEnumerable<string?> cells) =>
        csv.Append(string.Join(',', cells.Select(Cell))).Append("\r\n");

    private static string Cell(string? value)
    {
        value ??= "";
        // A cell starting with = + - @ (or a tab or return) is a formula to a spreadsheet: make it text.
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
