using FamilyContext.Adapters.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyContext.Adapters.Acme;

/// <summary>Registers the Acme adapter.</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Acme adapter as the <see cref="FamilyContext.Plugin.Abstractions.ICmsAdapter"/>, with settings
    /// from <see cref="AcmeOptions.SectionName"/> validated at start-up.
    /// </summary>
    public static IServiceCollection AddAcmeAdapter(this IServiceCollection services, IConfiguration configuration,
        Action<AcmeOptions>? configure = null) =>
        services.AddCmsAdapter<AcmeAdapter, AcmeOptions>(configuration, AcmeOptions.SectionName, AcmeOptions.HttpClientName, configure);
}
