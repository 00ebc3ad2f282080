using System.Globalization;

namespace FamilyContext.Plugin.Time;

/// <summary>Dates and times as the GOV.UK style guide writes them, in UK time.</summary>
internal static class UkDates
{
    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");
    private static readonly TimeZoneInfo London = FindLondon();

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", British);

    public static string Date(DateOnly? date) => date is DateOnly d ? Date(d) : "Not recorded";

    /// <summary>The day an instant falls on in the UK, e.g. "21 November 2026".</summary>
    public static string Day(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, London).ToString("d MMMM yyyy", British);

    /// <summary>Today's date in the UK.</summary>
    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), London).DateTime);

    /// <summary>An instant as UK clock time.</summary>
    public static DateTime Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, London).DateTime;

    /// <summary>The UK day an instant falls on.</summary>
    public static DateOnly DayOf(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, London).DateTime);

    /// <summary>The instant a UK day begins (midnight, UK time).</summary>
    public static DateTimeOffset StartOfDay(DateOnly day) =>
        new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), London), TimeSpan.Zero);

    /// <summary>The instant after a UK day ends; null when no later day exists (9999-12-31), so no upper bound applies.</summary>
    public static DateTimeOffset? EndOfDay(DateOnly day) => day == DateOnly.MaxValue ? null : StartOfDay(day.AddDays(1));

    /// <summary>An instant in UK time, as a date and time a spreadsheet reads: "2026-11-21 14:05:09".</summary>
    public static string Sortable(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, London).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>"2:05pm on 21 November 2026".</summary>
    public static string DateTime(DateTimeOffset instant)
    {
        var local = TimeZoneInfo.ConvertTime(instant, London);
        var time = local.ToString(local.Minute == 0 ? "htt" : "h:mmtt", British).ToLowerInvariant();
        return $"{time} on {local.ToString("d MMMM yyyy", British)}";
    }

    /// <summary>Parses an ISO date held in a record's details, for display; returns the text unchanged otherwise.</summary>
    public static string FromIso(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? Date(d) : text ?? "Not recorded";

    private static TimeZoneInfo FindLondon()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.Utc;
        }
    }
}
