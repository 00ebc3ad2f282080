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
            .Validate(o => o.MemoryEntryLimit > 0, $"{LookupCacheOptions.SectionName}:MemoryEntryLimit must be more than 0.")
            .Validate(o => o.GenerationCheckInterval >= TimeSpan.Zero, $"{LookupCacheOptions.SectionName}:GenerationCheckInterval must not be negative.")
            .Validate(o => o.RedisRetryAfter > TimeSpan.Zero, $"{LookupCacheOptions.SectionName}:RedisRetryAfter must be positive.")
            .ValidateOnStart();
        services.AddOptions<SourceCircuitOptions>()
            .Bind(configuration.GetSection(SourceCircuitOptions.SectionName))
            .Validate(o => o.FailureRatio is > 0 and <= 1, $"{SourceCircuitOptions.SectionName}:FailureRatio must be more than 0 and at most 1.")
            .Validate(o => o.MinimumThroughput >= 2, $"{SourceCircuitOptions.SectionName}:MinimumThroughput must be at least 2.")
            .Validate(o => o.SamplingDuration >= TimeSpan.FromMilliseconds(500), $"{SourceCircuitOptions.SectionName}:SamplingDuration must be at least 0.5 seconds.")
            .Validate(o => o.BreakDuration >= TimeSpan.FromMilliseconds(500), $"{SourceCircuitOptions.SectionName}:BreakDuration must be at least 0.5 seconds.")
            .ValidateOnStart();

        services.AddSingleton<LookupGenerations>();
        services.AddSingleton<LookupCache>();
        services.AddSingleton<SourceCircuits>();
        return services;
    }
}
