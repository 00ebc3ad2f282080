namespace FamilyContext.Plugin.Audit;

/// <summary>
/// A spot-check search of the trail. Every criterion is optional; newest first. <see cref="Offset"/> skips that many
/// matches (for paging); <see cref="Limit"/> caps the page. <see cref="UpToSequence"/> pins a search to the records that
/// existed when it began, so later pages are not shifted by records written meanwhile.
/// </summary>
public sealed record AuditQuery(
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    string? Actor = null,
    string? ChildId = null,
    bool AlertsOnly = false,
    int Limit = 500,
    int Offset = 0,
    long? UpToSequence = null,
    string? Action = null);
