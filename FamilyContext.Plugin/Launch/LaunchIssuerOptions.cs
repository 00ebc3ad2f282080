namespace FamilyContext.Plugin.Launch;

/// <summary>One CMS allowed to launch the panel, and how its launch tokens are checked.</summary>
public sealed class LaunchIssuerOptions
{
    /// <summary>The <c>iss</c> the CMS puts in its tokens.</summary>
    public string Issuer { get; set; } = "";

    /// <summary>The CMS's public signing keys as a JWKS document (JSON text). Asymmetric keys only.</summary>
    public string? JsonWebKeySet { get; set; }

    /// <summary>Or: a URL serving the CMS's JWKS (fetched and cached).</summary>
    public Uri? JsonWebKeySetUrl { get; set; }
}
