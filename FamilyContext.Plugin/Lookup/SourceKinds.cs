namespace FamilyContext.Plugin.Lookup;

/// <summary>The source kinds a service can be configured with.</summary>
public static class SourceKinds
{
    public const string Local = "Local";
    public const string Remote = "Remote";
}
