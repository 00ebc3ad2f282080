using FamilyContext.Adapters.Http;

namespace FamilyContext.Adapters.LiquidLogic;

/// <summary>Settings for the LiquidLogic (LCS) adapter, read from <c>FamilyContext:Cms:LiquidLogic</c>. See README.md.</summary>
public sealed class LiquidLogicOptions : CmsConnectionOptions
{
    /// <summary>The configuration section these settings are read from.</summary>
    public const string SectionName = "FamilyContext:Cms:LiquidLogic";

    /// <summary>The name of the adapter's HTTP client, for replacing its primary handler.</summary>
    public const string HttpClientName = "FamilyContext.Cms.LiquidLogic";
}
