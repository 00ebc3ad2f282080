namespace FamilyContext.Plugin.Reports;

/// <summary>The rules that flag unusual access (configuration section <c>FamilyContext:Reports:Unusual</c>).</summary>
public sealed class UnusualAccessOptions
{
    /// <summary>Working hours start, UK time. Default 08:00.</summary>
    public TimeOnly WorkingDayStarts { get; set; } = new(8, 0);

    /// <summary>Working hours end, UK time. Default 18:00. Panels opened outside these hours, or at weekends, are flagged.</summary>
    public TimeOnly WorkingDayEnds { get; set; } = new(18, 0);

    /// <summary>A worker's day is flagged when they open more than this many times their usual (median) number of children a day. Default 3.</summary>
    public double ChildrenPerDayFactor { get; set; } = 3;

    /// <summary>…and more than this many children in the day, so a quiet worker's busy day is not flagged. Default 10.</summary>
    public int ChildrenPerDayAtLeast { get; set; } = 10;

    /// <summary>A worker refused this many times or more in a day is flagged. Default 3.</summary>
    public int RefusalsPerDay { get; set; } = 3;
}
