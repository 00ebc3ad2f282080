using System.Globalization;
using FamilyContext.Plugin.Time;

namespace FamilyContext.Plugin.Reports;

/// <summary>The report form's fields, checked: UK dates as yyyy-mm-dd, "week" or "month", a team of up to 256 characters.</summary>
internal static class UsageForm
{
    private const int MaximumTeamLength = 256;

    /// <summary>With no dates, the twelve weeks to today.</summary>
    public static (UsageQuery? Query, Dictionary<string, string> Errors) Parse(string? from, string? to, string? period, string? team, TimeProvider time, ReportsOptions options)
    {
        var errors = new Dictionary<string, string>();
        var today = UkDates.Today(time);
        var toDate = string.IsNullOrWhiteSpace(to) ? today : ParseDate(to);
        var fromDate = string.IsNullOrWhiteSpace(from) ? toDate?.AddDays(-83) : ParseDate(from);
        if (fromDate is null)
        {
            errors["from"] = "Enter the from date as a real date, like 2026-09-01";
        }

        if (toDate is null)
        {
            errors["to"] = "Enter the to date as a real date, like 2026-11-30";
        }

        if (fromDate > toDate)
        {
            errors["to"] = "The to date must be the same as or after the from date";
        }
        else if (fromDate is { } f && toDate is { } t && t.DayNumber - f.DayNumber + 1 > options.MaximumDays)
        {
            errors["to"] = $"Choose a range of up to {options.MaximumDays.ToString(CultureInfo.InvariantCulture)} days";
        }

        ReportPeriod? by = (period?.Trim().ToLowerInvariant()) switch
        {
            null or "" or "week" => ReportPeriod.Week,
            "month" => ReportPeriod.Month,
            _ => null,
        };
        if (by is null)
        {
            errors["period"] = "Choose whether to count by week or by month";
        }

        if (team?.Length > MaximumTeamLength)
        {
            errors["team"] = $"Enter a team of up to {MaximumTeamLength.ToString(CultureInfo.InvariantCulture)} characters";
        }

        return errors.Count > 0
            ? (null, errors)
            : (new UsageQuery(fromDate!.Value, toDate!.Value, by!.Value, string.IsNullOrWhiteSpace(team) ? null : team.Trim()), errors);
    }

    public static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly? ParseDate(string text) =>
        DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
