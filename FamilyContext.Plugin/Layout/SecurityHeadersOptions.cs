namespace FamilyContext.Plugin.Layout;

/// <summary>Response hardening (configuration section <c>FamilyContext:Security</c>).</summary>
public sealed class SecurityHeadersOptions
{
    public const string SectionName = "FamilyContext:Security";

    /// <summary>The CMS origins allowed to frame the panel, e.g. <c>https://mosaic.council.example</c>. The service's own origin is always allowed.</summary>
    public List<string> FrameAncestors { get; set; } = [];
}
