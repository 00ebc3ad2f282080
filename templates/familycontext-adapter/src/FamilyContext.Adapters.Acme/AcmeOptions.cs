using FamilyContext.Adapters.Http;

namespace FamilyContext.Adapters.Acme;

/// <summary>Settings for the Acme adapter, read from <c>FamilyContext:Cms:Acme</c>. See README.md.</summary>
public sealed class AcmeOptions : CmsConnectionOptions
{
    /// <summary>The configuration section these settings are read from.</summary>
    public const string SectionName = "FamilyContext:Cms:Acme";

    /// <summary>The name of the adapter's HTTP client, for replacing its primary handler.</summary>
    public const string HttpClientName = "FamilyContext.Cms.Acme";

    /// <summary>
    /// How Acme writes its data, from its documentation (README.md), never guessed: dates day-first, the
    /// <c>confidential</c> flag "Y" or "N", blank documented as not confidential, missing read as restricted.
    /// Change each line to what your CMS's documentation says.
    /// </summary>
    protected override CmsApiDescription DescribeApi() => new()
    {
        PersonRoute = "people/{id}",
        RelationshipsRoute = "people/{id}/relationships",
        WorkerRoute = "staff/{id}",
        HealthRoute = "status",
        DateFormats = ["dd/MM/yyyy"],
        RestrictedValues = ["Y"],
        NotRestrictedValues = ["N"],
        BlankRestrictedFlag = RestrictedFlagMeaning.NotRestricted,
        MissingRestrictedFlag = RestrictedFlagMeaning.Restricted,
    };
}
