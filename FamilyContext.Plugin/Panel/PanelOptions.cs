namespace FamilyContext.Plugin.Panel;

/// <summary>How the panel reads the CMS (configuration section <c>FamilyContext:Panel</c>).</summary>
public sealed class PanelOptions
{
    public const string SectionName = "FamilyContext:Panel";

    /// <summary>Show ended relationships, with their end date. Off by default.</summary>
    public bool IncludeEndedRelationships { get; set; }

    /// <summary>
    /// The systems whose panels carry the demo banner ("every person is made up"). Empty by default; the built-in demo
    /// adds its own CMS when it is enabled, so the panel shows the banner without knowing the demo.
    /// </summary>
    public ISet<string> DemoBannerSystems { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
}
