namespace FamilyContext.Plugin.Launch;

/// <summary>
/// What a valid launch token (or a signed-in worker's search) says: which worker, in which CMS, has which child's
/// record open; the worker's groups for the access rules; and, for a search, the reason given for looking.
/// </summary>
public sealed record LaunchRequest(string Cms, string WorkerId, string? WorkerName, string ChildId, string TokenId)
{
    public IReadOnlyList<string> Groups { get; init; } = [];

    /// <summary><c>launch</c> for a CMS launch, <c>sign-in</c> for a signed-in worker's search.</summary>
    public string Origin { get; init; } = "launch";

    public string? Reason { get; init; }
}
