namespace FamilyContext.Plugin.Reports;

/// <summary>An estimate: each distinct child looked up saves the minutes of finding involvement before, less those after.</summary>
public sealed record TimeSaved(int MinutesBefore, int MinutesAfter, int Cases)
{
    public long Minutes => (long)Math.Max(0, MinutesBefore - MinutesAfter) * Cases;

    public double Hours => Minutes / 60.0;
}
