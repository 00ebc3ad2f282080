namespace FamilyContext.Plugin.Launch;

/// <summary>What a launch token says: who made it for whom, and when it is valid.</summary>
internal sealed record LaunchTokenContent(
    string Issuer,
    string Audience,
    string WorkerId,
    string ChildId,
    DateTime IssuedAt,
    TimeSpan Lifetime,
    IReadOnlyList<string> Groups,
    string? WorkerName = null);
