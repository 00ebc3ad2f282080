namespace FamilyContext.Plugin.Reports;

/// <summary>A use-and-value report: one row per period, the whole range's totals, each service, and the estimated time saved.</summary>
public sealed record UsageReport(
    UsageQuery Query,
    IReadOnlyList<UsageFigures> Periods,
    UsageFigures Total,
    IReadOnlyList<ServiceFigures> Services,
    IReadOnlyList<string> Teams,
    TimeSaved TimeSaved);
