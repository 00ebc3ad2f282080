namespace FamilyContext.Plugin.Reports;

/// <summary>The reports' settings (configuration section <c>FamilyContext:Reports</c>).</summary>
public sealed class ReportsOptions
{
    public const string SectionName = "FamilyContext:Reports";

    /// <summary>Minutes a worker spent finding a child's involvement before Family Context. Default 157, the original pilot's figure.</summary>
    public int MinutesPerCaseBefore { get; set; } = 157;

    /// <summary>Minutes it takes with Family Context. Default 20, the original pilot's figure.</summary>
    public int MinutesPerCaseAfter { get; set; } = 20;

    /// <summary>The longest range a report may cover, in days. Default 400 (a year and a little more).</summary>
    public int MaximumDays { get; set; } = 400;

    /// <summary>The rules that flag unusual access.</summary>
    public UnusualAccessOptions Unusual { get; set; } = new();
}
