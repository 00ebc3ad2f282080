namespace FamilyContext.Adapters.Http;

/// <summary>
/// Settings every HTTP CMS adapter needs. Each adapter's sealed options class derives from this, so the
/// settings, their defaults and their validation are written once.
/// </summary>
public abstract class CmsConnectionOptions
{
    /// <summary>Base URL of the CMS integration endpoint, e.g. <c>https://mosaic.example.gov.uk/fc-integration/</c>. Required.</summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>OAuth 2.0 token endpoint (client credentials grant). Required.</summary>
    public Uri? TokenUrl { get; set; }

    /// <summary>OAuth 2.0 client id issued by the CMS administrator. Required.</summary>
    public string? ClientId { get; set; }

    /// <summary>OAuth 2.0 client secret. Required; keep it in a secret store, never in a committed file.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>OAuth 2.0 scope to ask for; none is sent when empty.</summary>
    public string? Scope { get; set; }

    /// <summary>Time allowed for one HTTP call before the CMS counts as unavailable. Default 10 seconds.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Retries after a transient failure (5xx, 408, 429, connection error). Default 2; 0 turns retries off.</summary>
    public int RetryCount { get; set; } = 2;

    /// <summary>Delay before the first retry; later retries back off exponentially, with jitter. Default 200 ms.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Rows asked for per page. Default 100.</summary>
    public int PageSize { get; set; } = 100;

    /// <summary>Most pages followed for one list; a longer list makes the CMS count as unavailable. Default 50.</summary>
    public int MaxPages { get; set; } = 50;

    /// <summary>Path of the site's relationship mapping file (YAML). Default: the vendor's shipped file.</summary>
    public string? MappingFile { get; set; }

    /// <summary>When true, ended relationships are returned (with their end date) even when the caller did not ask. Default false.</summary>
    public bool IncludeEndedRelationships { get; set; }

    /// <summary>Overrides the adapter's person route (see <see cref="CmsApiDescription.PersonRoute"/>). Default: the adapter's.</summary>
    public string? PersonRoute { get; set; }

    /// <summary>Overrides the adapter's relationships route. Default: the adapter's.</summary>
    public string? RelationshipsRoute { get; set; }

    /// <summary>Overrides the adapter's worker route. Default: the adapter's.</summary>
    public string? WorkerRoute { get; set; }

    /// <summary>Overrides the adapter's health route. Default: the adapter's.</summary>
    public string? HealthRoute { get; set; }

    /// <summary>Overrides the date formats the CMS writes (see <see cref="CmsApiDescription.DateFormats"/>). Default: the adapter's.</summary>
    public string[]? DateFormats { get; set; }

    /// <summary>Overrides the restricted-flag values meaning restricted. Default: the adapter's.</summary>
    public string[]? RestrictedValues { get; set; }

    /// <summary>Overrides the restricted-flag values meaning not restricted. Default: the adapter's.</summary>
    public string[]? NotRestrictedValues { get; set; }

    /// <summary>Overrides what an empty restricted flag means. Default: the adapter's (restricted unless its README says otherwise).</summary>
    public RestrictedFlagMeaning? BlankRestrictedFlag { get; set; }

    /// <summary>Overrides what an absent or null restricted flag means. Default: the adapter's (restricted unless its README says otherwise).</summary>
    public RestrictedFlagMeaning? MissingRestrictedFlag { get; set; }

    /// <summary>The adapter's own description of its CMS's endpoint: routes, date formats and restricted-flag values.</summary>
    protected internal abstract CmsApiDescription DescribeApi();

    /// <summary>The adapter's description with this site's overrides applied.</summary>
    public CmsApiDescription ResolveApi()
    {
        var declared = DescribeApi();
        return declared with
        {
            PersonRoute = PersonRoute ?? declared.PersonRoute,
            RelationshipsRoute = RelationshipsRoute ?? declared.RelationshipsRoute,
            WorkerRoute = WorkerRoute ?? declared.WorkerRoute,
            HealthRoute = HealthRoute ?? declared.HealthRoute,
            DateFormats = DateFormats is { Length: > 0 } formats ? formats : declared.DateFormats,
            RestrictedValues = RestrictedValues is { Length: > 0 } yes ? yes : declared.RestrictedValues,
            NotRestrictedValues = NotRestrictedValues is { Length: > 0 } no ? no : declared.NotRestrictedValues,
            BlankRestrictedFlag = BlankRestrictedFlag ?? declared.BlankRestrictedFlag,
            MissingRestrictedFlag = MissingRestrictedFlag ?? declared.MissingRestrictedFlag,
        };
    }

    /// <summary>Lists every problem with these settings, each naming the setting under <paramref name="section"/>.</summary>
    public IReadOnlyList<string> Validate(string section)
    {
        var errors = new List<string>(CmsValueReader.Check(ResolveApi(), section));
        RequireAbsolute(errors, section, nameof(BaseUrl), BaseUrl);
        RequireAbsolute(errors, section, nameof(TokenUrl), TokenUrl);
        if (string.IsNullOrWhiteSpace(ClientId))
        {
            errors.Add($"{section}:{nameof(ClientId)} is required: the OAuth client id issued by the CMS administrator.");
        }

        if (string.IsNullOrWhiteSpace(ClientSecret))
        {
            errors.Add($"{section}:{nameof(ClientSecret)} is required: the OAuth client secret issued by the CMS administrator.");
        }

        if (Timeout <= TimeSpan.Zero || Timeout > TimeSpan.FromMinutes(5))
        {
            errors.Add($"{section}:{nameof(Timeout)} must be more than 0 and at most 00:05:00 (was {Timeout}).");
        }

        if (RetryCount is < 0 or > 10)
        {
            errors.Add($"{section}:{nameof(RetryCount)} must be between 0 and 10 (was {RetryCount}).");
        }

        if (RetryBaseDelay < TimeSpan.Zero)
        {
            errors.Add($"{section}:{nameof(RetryBaseDelay)} must not be negative.");
        }

        if (PageSize is < 1 or > 10_000)
        {
            errors.Add($"{section}:{nameof(PageSize)} must be between 1 and 10000 (was {PageSize}).");
        }

        if (MaxPages is < 1 or > 10_000)
        {
            errors.Add($"{section}:{nameof(MaxPages)} must be between 1 and 10000 (was {MaxPages}).");
        }

        if (MappingFile is not null && !File.Exists(MappingFile))
        {
            errors.Add($"{section}:{nameof(MappingFile)} names a file that does not exist: '{MappingFile}'.");
        }

        errors.AddRange(ValidateAdapterSettings(section));
        return errors;
    }

    /// <summary>Lists problems with the adapter's own settings (beyond these shared ones), each naming the setting.</summary>
    protected virtual IEnumerable<string> ValidateAdapterSettings(string section) => [];

    private static void RequireAbsolute(List<string> errors, string section, string name, Uri? value)
    {
        if (value is null || !value.IsAbsoluteUri)
        {
            errors.Add($"{section}:{name} is required and must be an absolute http(s) URL.");
        }
    }
}
