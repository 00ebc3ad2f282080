using System.Net;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FamilyContext.Plugin.Hosting;

/// <summary>
/// Behind a proxy that ends TLS: forwarded headers honoured from the configured proxies only, and host filtering
/// (<c>AllowedHosts</c>) that lets an orchestrator's probes, addressed by pod IP, through.
/// </summary>
internal static class ProxyServiceCollectionExtensions
{
    public static IServiceCollection AddProxySupport(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<HostingOptions>().Bind(configuration.GetSection(HostingOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<HostingOptions>, HostingOptionsValidator>());
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<HostingOptions>>((forwarded, hosting) =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // Nobody is trusted by default (not even loopback): only the proxies a council names.
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            foreach (var proxy in hosting.Value.KnownProxies)
            {
                forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in hosting.Value.KnownNetworks)
            {
                forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });

        // The framework's host filtering runs before routing and cannot spare the probes: it is opened up here and
        // AllowedHosts is enforced by ProbeAwareHostFiltering instead, with the same patterns.
        services.PostConfigure<HostFilteringOptions>(o => o.AllowedHosts = ["*"]);
        return services;
    }
}
