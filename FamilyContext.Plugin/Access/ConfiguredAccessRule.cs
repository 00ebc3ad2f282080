namespace FamilyContext.Plugin.Access;

/// <summary>An access rule from configuration (shown read-only in the admin pages).</summary>
public sealed class ConfiguredAccessRule
{
    public AccessSubjectKind Kind { get; set; } = AccessSubjectKind.Group;

    public string Subject { get; set; } = "";

    public AccessEffect Effect { get; set; } = AccessEffect.Permit;
}
