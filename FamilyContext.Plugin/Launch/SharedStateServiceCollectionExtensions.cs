using FamilyContext.Plugin.Lookup.Caching;
using FamilyContext.Plugin.Time;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace FamilyContext.Plugin.Launch;

/// <summary>
/// The distributed cache that holds what every instance must share — launch token ids already used and panel
/// sessions. With <c>FamilyContext:Cache:Redis</c> set it is the same Redis the lookup cache uses, so a token replayed
/// on another instance is refused and any instance serves any panel; otherwise (one instance, the demo) memory.
/// </summary>
internal static class SharedStateServiceCollectionExtensions
{
    public static IServiceCollection AddSharedState(this IServiceCollection services)
    {
        services.AddSingleton<IDistributedCache>(sp =>
            string.IsNullOrWhiteSpace(sp.GetRequiredService<IOptions<LookupCacheOptions>>().Value.Redis)
                ? new MemoryDistributedCache(Options.Create(new MemoryDistributedCacheOptions { Clock = new TimeProviderClock(sp.GetRequiredService<TimeProvider>()) }))
                : sp.GetRequiredKeyedService<IDistributedCache>(LookupCache.DistributedTier));
        return services;
    }
}
