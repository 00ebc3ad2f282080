using FamilyContext.Plugin.Lookup.Resilience;
using Microsoft.Extensions.Options;

namespace FamilyContext.Plugin.Lookup.Caching;

/// <summary>Registers the lookup cache (memory, then Redis when configured) and the sources' circuit breakers.</summary>
internal static class LookupCacheServiceCollectionExtensions
{
    public static IServiceCollection AddLookupCache(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<LookupCacheOptions>()
            .Bind(configuration.GetSection(LookupCacheOptions.SectionName))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<LookupCacheOptions>, LookupCacheOptionsValidator>();
        services.AddOptions<SourceCircuitOptions>()
            .Bind(configuration.GetSection(SourceCircuitOptions.SectionName))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<SourceCircuitOptions>, SourceCircuitOptionsValidator>();

        services.AddSingleton<LookupGenerations>();
        services.AddSingleton<LookupCache>();
        services.AddSingleton<SourceCircuits>();
        return services;
    }
}
