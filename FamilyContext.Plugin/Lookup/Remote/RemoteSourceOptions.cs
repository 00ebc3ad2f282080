namespace FamilyContext.Plugin.Lookup.Remote;

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

    /// <summary>Said as the coverage when the remote has not yet described a service (no person found so far).</summary>
    public string CoverageExplanation { get; set; } = "Checked live against the remote Family Context service.";
}
