namespace FamilyContext.Plugin.Cms;

/// <summary>Which case management system the panel reads, and where each CMS's adapter plug-in is (section <c>FamilyContext:Cms</c>).</summary>
public sealed class CmsOptions
{
    public const string SectionName = "FamilyContext:Cms";

    /// <summary>The system name of the adapter to use: <c>Demo</c> (default, built in) or a name under <see cref="Plugins"/>.</summary>
    public string System { get; set; } = "Demo";

    /// <summary>The adapter plug-ins this installation knows, by system name (appsettings.json ships Mosaic and LiquidLogic).</summary>
    public Dictionary<string, CmsPluginOptions> Plugins { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}
