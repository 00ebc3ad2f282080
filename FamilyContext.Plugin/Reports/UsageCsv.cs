using System.Globalization;
using System.Text;

namespace FamilyContext.Plugin.Reports;

/// <summary>
/// A use-and-value report as CSV a spreadsheet opens as it is: UTF-8 with a byte-order mark, one row per period then the
/// whole range, then one row per service; shares as percentages; no cell can run as a formula.
/// </summary>
internal static class UsageCsv
{
    public static string Write(UsageReport report, IReadOnlyDictionary<string, string> serviceNames)
    {
        var csv = new StringBuilder().Append('\uFEFF');
        Line(csv, ["From", UsageForm.Iso(report.Query.From), "To", UsageForm.Iso(report.Query.To), "Team", report.Query.Team ?? "All teams"]);
        csv.Append("\r\n");
        Line(csv, ["Period", "Starts", "Panels opened", "Children", "Workers", "Details opened", "Details per panel", "Panels per worker",
            "Found rate (%)", "Possible match share (%)", "Matches confirmed", "Matches rejected"]);
        foreach (var p in report.Periods.Append(report.Total))
        {
            Line(csv, [p.Label, UsageForm.Iso(p.Start), Number(p.Panels), Number(p.Children), Number(p.Workers), Number(p.Details),
                Decimal(p.DetailsPerPanel), Decimal(p.PanelsPerWorker), Percent(p.FoundRate), Percent(p.PossibleMatchShare),
                Number(p.MatchesConfirmed), Number(p.MatchesRejected)]);
        }

        csv.Append("\r\n");
        Line(csv, ["Service", "Panels checked", "Panels found", "Found rate (%)", "Panels unavailable", "Unavailable share (%)"]);
        foreach (var s in report.Services)
        {
            Line(csv, [serviceNames.GetValueOrDefault(s.ServiceId, s.ServiceId), Number(s.Panels), Number(s.PanelsFound), Percent(s.FoundRate),
                Number(s.PanelsUnavailable), Percent(s.UnavailableShare)]);
        }

        csv.Append("\r\n");
        var saved = report.TimeSaved;
        Line(csv, ["Estimated time saved (hours)", Decimal(saved.Hours), "Children looked up", Number(saved.Cases),
            "Minutes per case before", Number(saved.MinutesBefore), "Minutes per case after", Number(saved.MinutesAfter)]);
        return csv.ToString();
    }

    public static string Percent(double share) => (share * 100).ToString("0.0", CultureInfo.InvariantCulture);

    private static string Decimal(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);

    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    public static void Line(StringBuilder csv, IEnumerable<string?> cells) =>
        csv.Append(string.Join(',', cells.Select(Cell))).Append("\r\n");

    // A cell starting with = + - @ (or a tab or return) is a formula to a spreadsheet: make it text.
    private static string Cell(string? value)
    {
        value ??= "";
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
