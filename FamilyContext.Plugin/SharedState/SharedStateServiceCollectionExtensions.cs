using FamilyContext.Plugin.Time;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace FamilyContext.Plugin.SharedState;

/// <summary>
/// The distributed cache that holds what every instance must share — launch token ids already used and panel
/// sessions. With <c>FamilyContext:Cache:Redis</c> set it is Redis (the lookup cache's distributed tier uses the same
/// connection, <see cref="RedisCache"/>), so a token replayed on another instance is refused and any instance serves any
/// panel; otherwise (one instance, the demo) memory.
/// </summary>
internal static class SharedStateServiceCollectionExtensions
{
    /// <summary>The keyed <see cref="IDistributedCache"/> registration that is Redis, resolved only when Redis is configured.</summary>
    public const string RedisCache = "FamilyContext.Redis";

    public static IServiceCollection AddSharedState(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SharedStateOptions>().Bind(configuration.GetSection(SharedStateOptions.SectionName));

        // The one line to change for Microsoft.Extensions.Caching.StackExchangeRedis when it can be restored.
        services.AddKeyedSingleton<IDistributedCache>(RedisCache, (sp, _) =>
            new RedisDistributedCache(sp.GetRequiredService<IOptions<SharedStateOptions>>().Value.Redis!));
        services.AddSingleton<IDistributedCache>(sp =>
            string.IsNullOrWhiteSpace(sp.GetRequiredService<IOptions<SharedStateOptions>>().Value.Redis)
                ? new MemoryDistributedCache(Options.Create(new MemoryDistributedCacheOptions { Clock = new TimeProviderClock(sp.GetRequiredService<TimeProvider>()) }))
                : sp.GetRequiredKeyedService<IDistributedCache>(RedisCache));
        return services;
    }
}
