namespace FamilyContext.Plugin.Audit;

/// <summary>A spot-check search of the trail. Every criterion is optional; newest first.</summary>
public sealed record AuditQuery(
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    string? Actor = null,
    string? ChildId = null,
    bool AlertsOnly = false,
    int Limit = 500);
