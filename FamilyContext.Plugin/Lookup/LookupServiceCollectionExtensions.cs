using FamilyContext.Plugin.Lookup.Caching;
using FamilyContext.Plugin.Services;
using Microsoft.Extensions.Options;

namespace FamilyContext.Plugin.Lookup;

/// <summary>Registers the service catalogue, the sources and the lookup.</summary>
internal static class LookupServiceCollectionExtensions
{
    public static IServiceCollection AddLookup(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ServiceCatalogueOptions>()
            .Configure(o => configuration.GetSection(ServiceCatalogueOptions.SectionName).Bind(o.Services))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<ServiceCatalogueOptions>, ServiceCatalogueValidator>();
        services.AddSingleton<ServiceCatalogue>();
        services.AddSingleton<SourceResolver>();
        services.AddSingleton<SourceHealthTracker>();
        services.AddLookupCache(configuration);
        services.AddSingleton<InvolvementLookup>();
        services.AddKeyedSingleton<IInvolvementSource, LocalStoreSource>(SourceKinds.Local);
        return services;
    }
}
