namespace FamilyContext.Plugin.Cms;

/// <summary>Which case management system the panel reads (configuration section <c>FamilyContext:Cms</c>).</summary>
public sealed class CmsOptions
{
    public const string SectionName = "FamilyContext:Cms";

    /// <summary><c>Demo</c> (default), <c>Mosaic</c> or <c>LiquidLogic</c>.</summary>
    public string System { get; set; } = "Demo";
}
