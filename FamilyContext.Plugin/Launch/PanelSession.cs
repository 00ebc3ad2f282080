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
    DateTimeOffset ExpiresAt)
{
    /// <summary>The worker's groups at launch, for the access rules (checked again on every request).</summary>
    public IReadOnlyList<string> Groups { get; init; } = [];

    /// <summary><c>launch</c> or <c>sign-in</c>.</summary>
    public string Origin { get; init; } = "launch";

    /// <summary>The reason a signed-in worker gave for looking; null for a CMS launch.</summary>
    public string? Reason { get; init; }
}
