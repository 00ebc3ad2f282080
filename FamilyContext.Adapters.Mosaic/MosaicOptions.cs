using FamilyContext.Adapters.Http;

namespace FamilyContext.Adapters.Mosaic;

/// <summary>Settings for the Mosaic adapter, read from <c>FamilyContext:Cms:Mosaic</c>. See README.md.</summary>
public sealed class MosaicOptions : CmsConnectionOptions
{
    /// <summary>The configuration section these settings are read from.</summary>
    public const string SectionName = "FamilyContext:Cms:Mosaic";

    /// <summary>The name of the adapter's HTTP client, for replacing its primary handler.</summary>
    public const string HttpClientName = "FamilyContext.Cms.Mosaic";

    /// <summary>The Mosaic permission that lets a worker view restricted persons. Default "VIEW_RESTRICTED_PERSON".</summary>
    public string RestrictedPermission { get; set; } = "VIEW_RESTRICTED_PERSON";

    /// <summary>The Mosaic integration endpoint as README.md specifies it: ISO dates, <c>RESTRICTED</c> Y/N, blank or missing read as restricted.</summary>
    protected override CmsApiDescription DescribeApi() => new()
    {
        PersonRoute = "persons/{id}",
        RelationshipsRoute = "persons/{id}/relationships",
        WorkerRoute = "workers/{id}",
        HealthRoute = "health",
        DateFormats = ["yyyy-MM-dd"],
        RestrictedValues = ["Y"],
        NotRestrictedValues = ["N"],
        BlankRestrictedFlag = RestrictedFlagMeaning.Restricted,
        MissingRestrictedFlag = RestrictedFlagMeaning.Restricted,
    };
}
