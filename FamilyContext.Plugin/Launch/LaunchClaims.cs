namespace FamilyContext.Plugin.Launch;

/// <summary>The claims of a launch token beyond the registered ones.</summary>
public static class LaunchClaims
{
    /// <summary>The CMS person id of the child whose record the worker has open.</summary>
    public const string Child = "child";

    /// <summary>The worker's display name (optional; shown to the worker only).</summary>
    public const string WorkerName = "name";
}
