using FamilyContext.Adapters.Http;

namespace FamilyContext.Adapters.LiquidLogic;

/// <summary>Settings for the LiquidLogic (LCS) adapter, read from <c>FamilyContext:Cms:LiquidLogic</c>. See README.md.</summary>
public sealed class LiquidLogicOptions : CmsConnectionOptions
{
    /// <summary>The configuration section these settings are read from.</summary>
    public const string SectionName = "FamilyContext:Cms:LiquidLogic";

    /// <summary>The name of the adapter's HTTP client, for replacing its primary handler.</summary>
    public const string HttpClientName = "FamilyContext.Cms.LiquidLogic";

    /// <summary>The list of a person's involvements (<c>FACT_INVOLVEMENTS</c>). Default <c>persons/{id}/involvements</c>.</summary>
    public string InvolvementsRoute { get; set; } = "persons/{id}/involvements";

    /// <summary>
    /// The LCS integration endpoint as README.md specifies it: reporting-warehouse date-times
    /// (<c>2015-04-01T00:00:00</c>, or a bare date), <c>RESTRICTED_FLAG</c> Y/N, blank or missing read as restricted.
    /// </summary>
    protected override CmsApiDescription DescribeApi() => new()
    {
        PersonRoute = "persons/{id}",
        RelationshipsRoute = "persons/{id}/relations",
        WorkerRoute = "workers/{id}",
        HealthRoute = "health",
        DateFormats = ["yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd"],
        RestrictedValues = ["Y"],
        NotRestrictedValues = ["N"],
        BlankRestrictedFlag = RestrictedFlagMeaning.Restricted,
        MissingRestrictedFlag = RestrictedFlagMeaning.Restricted,
    };

    protected override IEnumerable<string> ValidateAdapterSettings(string section)
    {
        if (string.IsNullOrWhiteSpace(InvolvementsRoute) || !InvolvementsRoute.Contains("{id}", StringComparison.Ordinal) || InvolvementsRoute.StartsWith('/'))
        {
            yield return $"{section}:{nameof(InvolvementsRoute)} must be a path relative to BaseUrl holding '{{id}}' (was '{InvolvementsRoute}').";
        }
    }
}
