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
}
