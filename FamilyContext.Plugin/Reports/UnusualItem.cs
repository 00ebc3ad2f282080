namespace FamilyContext.Plugin.Reports;

/// <summary>One flagged worker-day: what was unusual, in words, and how many records it covers.</summary>
public sealed record UnusualItem(DateOnly Day, string Actor, string Kind, int Count, string Description);
