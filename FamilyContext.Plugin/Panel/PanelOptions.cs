namespace FamilyContext.Plugin.Panel;

/// <summary>How the panel reads the CMS (configuration section <c>FamilyContext:Panel</c>).</summary>
public sealed class PanelOptions
{
    public const string SectionName = "FamilyContext:Panel";

    /// <summary>Show ended relationships, with their end date. Off by default.</summary>
    public bool IncludeEndedRelationships { get; set; }

    /// <summary>
    /// How long the family a panel read from the CMS (who is linked, and whom this worker may see) answers the details, note
    /// and print view opened from it, instead of reading the family again. Two minutes by default; zero reads it every time.
    /// A panel itself always reads the CMS afresh.
    /// </summary>
    public TimeSpan FamilyKeptFor { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// The council's guidance on appropriate use, shown briefly on the panel (one or two sentences, at most
    /// <see cref="MaximumGuidanceLength"/> characters). Empty to show none.
    /// </summary>
    public string Guidance { get; set; } =
        "Look only at families you are working with, to find who to talk to. Every look is recorded and may be reviewed.";

    /// <summary>Where the full guidance is (https, or a path on this service). None by default.</summary>
    public string? GuidanceLink { get; set; }

    /// <summary>The link's words. Default "Read the guidance on appropriate use".</summary>
    public string GuidanceLinkText { get; set; } = "Read the guidance on appropriate use";

    public const int MaximumGuidanceLength = 300;

    /// <summary>
    /// The systems whose panels carry the demo banner ("every person is made up"). Empty by default; the built-in demo
    /// adds its own CMS when it is enabled, so the panel shows the banner without knowing the demo.
    /// </summary>
    public ISet<string> DemoBannerSystems { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
}
