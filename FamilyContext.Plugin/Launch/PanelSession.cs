namespace FamilyContext.Plugin.Launch;

/// <summary>
/// What one launch allows: this worker may read this child's panel and the details of the people in it,
/// nothing else, until <see cref="ExpiresAt"/>, from the browser that launched it.
/// </summary>
public sealed record PanelSession(
    string Id,
    string Cms,
    string WorkerId,
    string? WorkerName,
    string ChildId,
    string BrowserBindingHash,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt);
