using System.Globalization;
using System.Text;
using FamilyContext.Plugin.Audit;

namespace FamilyContext.Plugin.Admin;

/// <summary>Audit records as CSV (RFC 4180), with spreadsheet formula injection defused.</summary>
internal static class AuditCsv
{
    private static readonly string[] Header =
        ["sequence", "at", "action", "outcome", "actor", "cms", "child_id", "person_id", "service_id", "session_id", "detail", "alert", "previous_hash", "hash"];

    public static string Write(IEnumerable<AuditRecord> records)
    {
        var csv = new StringBuilder();
        Line(csv, Header);
        foreach (var r in records)
        {
            Line(csv, [r.Sequence.ToString(CultureInfo.InvariantCulture), AuditChain.Timestamp(r.At), r.Action, r.Outcome, r.Actor, r.Cms, r.ChildId,
                r.PersonId, r.ServiceId, r.SessionId, r.Detail, r.Alert ? "true" : "false", r.PreviousHash, r.Hash]);
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
