namespace FamilyContext.Plugin.Reports;

/// <summary>A use-and-value report: whole UK days from <see cref="From"/> to <see cref="To"/> inclusive, optionally one team (a group the CMS sends).</summary>
public sealed record UsageQuery(DateOnly From, DateOnly To, ReportPeriod Period, string? Team = null);
