namespace FamilyContext.Plugin.Hosting;

/// <summary>How the service sits behind a reverse proxy (<c>FamilyContext:Hosting</c>).</summary>
internal sealed class HostingOptions
{
    public const string SectionName = "FamilyContext:Hosting";

    /// <summary>
    /// The addresses of the proxies that end TLS in front of the service, e.g. <c>10.0.0.5</c>. Only requests from these
    /// (or from <see cref="KnownNetworks"/>) have their X-Forwarded-For and X-Forwarded-Proto headers honoured.
    /// </summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>The networks the proxies are on, in CIDR form, e.g. <c>10.0.0.0/8</c>.</summary>
    public List<string> KnownNetworks { get; set; } = [];

    /// <summary>
    /// The address workers' browsers and the CMS use to reach Family Context, e.g. <c>https://familycontext.council.example/</c>.
    /// Optional; when set, start-up warns if <c>AllowedHosts</c> would refuse its host, and the installation checks use it for
    /// the cookie and frame mode and the sign-in redirect URI.
    /// </summary>
    public Uri? PublicUrl { get; set; }
}
