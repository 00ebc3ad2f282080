namespace FamilyContext.Plugin.Launch;

/// <summary>What a valid launch token says: which worker, in which CMS, has which child's record open.</summary>
public sealed record LaunchRequest(string Cms, string WorkerId, string? WorkerName, string ChildId, string TokenId);
