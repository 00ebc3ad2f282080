using FamilyContext.Plugin.Time;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.Options;

namespace FamilyContext.Plugin.SharedState;

/// <summary>
/// The distributed cache that holds what every instance must share — launch token ids already used and panel
/// sessions. With <c>FamilyContext:Cache:Redis</c> set it is the framework's Redis cache (<c>AddStackExchangeRedisCache</c>)
/// over the one shared connection, beside the atomic "add if absent" for launch token ids; the lookup cache's distributed
/// tier is the same cache (<see cref="RedisCache"/>). A token replayed on another instance is refused and any instance
/// serves any panel. Otherwise (one instance, the demo) memory.
/// </summary>
internal static class SharedStateServiceCollectionExtensions
{
    /// <summary>The keyed <see cref="IDistributedCache"/> registration that is Redis, registered only when Redis is configured.</summary>
    public const string RedisCache = "FamilyContext.Redis";

    /// <summary>
    /// Every cache key in Redis starts with this. It changes whenever what is stored changes shape, so old and new instances
    /// never read each other's values during a rolling deploy (a new prefix also starts a new launch start marker, so a
    /// token used on an old instance is not accepted by a new one). The data-protection key ring is not under it: every
    /// version shares that.
    /// </summary>
    public const string KeyPrefix = "fc:v3:";

    public static IServiceCollection AddSharedState(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(SharedStateOptions.SectionName);
        services.AddOptions<SharedStateOptions>().Bind(section);
        services.AddSingleton<SharedRedisConnection>();
        if (string.IsNullOrWhiteSpace(section.Get<SharedStateOptions>()?.Redis))
        {
            services.AddSingleton<IDistributedCache>(sp => new MemoryDistributedCache(
                Options.Create(new MemoryDistributedCacheOptions { Clock = new TimeProviderClock(sp.GetRequiredService<TimeProvider>()) })));
            return services;
        }

        // Callers give relative lifetimes only: the framework's cache turns them into Redis TTLs by the system clock,
        // which is right whatever clock the service itself runs on.
        services.AddStackExchangeRedisCache(_ => { });
        services.AddOptions<RedisCacheOptions>().Configure<SharedRedisConnection>((o, connection) =>
        {
            o.InstanceName = KeyPrefix;
            o.ConnectionMultiplexerFactory = () => Task.FromResult(connection.Multiplexer);
        });
        services.AddKeyedSingleton<IDistributedCache>(RedisCache, (sp, _) => sp.GetRequiredService<IDistributedCache>());
        services.AddSingleton<IAddIfAbsentCache, RedisAddIfAbsentCache>();
        return services;
    }
}
