namespace FamilyContext.Plugin.SignIn;

/// <summary>
/// Staff sign-in with the council's OpenID Connect provider (configuration section <c>FamilyContext:SignIn</c>).
/// Sign-in is off until <see cref="Authority"/> is set.
/// </summary>
public sealed class SignInOptions
{
    public const string SectionName = "FamilyContext:SignIn";

    /// <summary>The provider's issuer, e.g. <c>https://login.microsoftonline.com/{tenant}/v2.0</c>; discovery is read from <c>/.well-known/openid-configuration</c> under it.</summary>
    public Uri? Authority { get; set; }

    /// <summary>This service's client id at the provider; also the id_token audience.</summary>
    public string ClientId { get; set; } = "";

    /// <summary>This service's client secret (sent in the token request's body, <c>client_secret_post</c>).</summary>
    public string ClientSecret { get; set; } = "";

    /// <summary>Scopes asked for. Default <c>openid profile</c>; add whatever scope releases the role and group claims.</summary>
    public string Scopes { get; set; } = "openid profile";

    /// <summary>Refuse a provider whose metadata is not served over https. Only a test provider on loopback may turn this off.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>How long a staff sign-in lasts. Default 8 hours.</summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>How long the provider may take to send the user back (the state cookies' lifetime). Default 10 minutes.</summary>
    public TimeSpan SignInTimeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Allowed clock difference with the provider.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// A folder shared by every instance for the data-protection key ring, which protects the staff cookie, the sign-in
    /// state and anti-forgery tokens. Required when more than one instance serves; default: the framework's per-machine store.
    /// </summary>
    public string? KeyRingPath { get; set; }

    public bool Enabled => Authority is not null;
}
