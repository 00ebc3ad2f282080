namespace FamilyContext.Plugin.Launch;

/// <summary>Launch-token rules (configuration section <c>FamilyContext:Launch</c>).</summary>
public sealed class LaunchOptions
{
    public const string SectionName = "FamilyContext:Launch";

    /// <summary>The <c>aud</c> every launch token must carry: this service's identity.</summary>
    public string Audience { get; set; } = "family-context";

    /// <summary>The longest a launch token may live (<c>exp</c> − <c>iat</c>). At most 5 minutes.</summary>
    public TimeSpan MaximumTokenLifetime { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Allowed clock difference between the CMS and this service.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a panel session lasts after launch.</summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// For a CMS whose keys come from a JWKS URL: the shortest time between two refreshes asked for by tokens naming a
    /// key id the set lacks (a key rotation), so unknown key ids cannot make the service hammer the CMS. Default 5 minutes.
    /// </summary>
    public TimeSpan KeyRefreshInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The CMSs allowed to launch, keyed by the name in <c>/launch/{cms}</c>.</summary>
    public Dictionary<string, LaunchIssuerOptions> Issuers { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}
