namespace FamilyContext.Plugin.OriginalApi;

/// <summary>
/// The remote Family Context API serving the services configured with <c>Source: Remote</c> (configuration section
/// <c>FamilyContext:Remote</c>): any server speaking shared/reference/family-context-api.yaml, including another
/// Family Context plugin's original API.
/// </summary>
public sealed class RemoteSourceOptions
{
    public const string SectionName = "FamilyContext:Remote";

    /// <summary>The server's base address, e.g. <c>https://familycontext.council.example/</c>. Required when a service is Remote.</summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>Sent as <c>Authorization: Bearer …</c>. Use this or <see cref="SessionCookie"/>.</summary>
    public string? BearerToken { get; set; }

    /// <summary>Sent as the original API's <c>FCSESSIONID</c> cookie. Use this or <see cref="BearerToken"/>.</summary>
    public string? SessionCookie { get; set; }

    /// <summary>The HTTP client's own limit per request; each service's TimeBudget is the real limit. Default 10 seconds.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The remote's service type for each of our service ids, where they differ (e.g. <c>"asc": "adult-social-care"</c>).</summary>
    public Dictionary<string, string> ServiceTypes { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// How long what the remote said about a service (its lastSynchronised and coverage) may be reused for a person it
    /// does not find, before the remote is asked again. Default 5 minutes; zero asks every time.
    /// </summary>
    public TimeSpan DescriptionLifetime { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// A person the remote holds (its id there), whose service summaries say how current each service is. Asked when a
    /// search finds nobody and the remote has not described the service recently — so a person the remote does not know
    /// shows No record as of the remote's own date even right after start. Without it, the last remote person seen is
    /// asked; before any has been seen such a person shows Unavailable.
    /// </summary>
    public string? ReferencePersonId { get; set; }

    /// <summary>Said as the coverage when the remote has not yet described a service (no person found so far).</summary>
    public string CoverageExplanation { get; set; } = "Checked live against the remote Family Context service.";
}
