namespace FamilyContext.Plugin.Panel;

/// <summary>How the panel reads the CMS (configuration section <c>FamilyContext:Panel</c>).</summary>
public sealed class PanelOptions
{
    public const string SectionName = "FamilyContext:Panel";

    /// <summary>Show ended relationships, with their end date. Off by default.</summary>
    public bool IncludeEndedRelationships { get; set; }
}
