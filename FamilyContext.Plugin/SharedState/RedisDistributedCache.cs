using Microsoft.Extensions.Caching.Distributed;
using StackExchange.Redis;

namespace FamilyContext.Plugin.SharedState;

/// <summary>
/// <see cref="IDistributedCache"/> over the shared Redis connection. Absolute expiry only (the lookup cache uses nothing
/// else).
/// </summary>
internal sealed class RedisDistributedCache(SharedRedisConnection connection) : IDistributedCache, IAddIfAbsentCache
{
    private IDatabase Database => connection.Database;

    public byte[]? Get(string key) => Database.StringGet(key);

    public async Task<byte[]?> GetAsync(string key, CancellationToken token = default) => await Database.StringGetAsync(key);

    public void Set(string key, byte[] value, DistributedCacheEntryOptions options) => Database.StringSet(key, value, Expiry(options));

    public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default) =>
        Database.StringSetAsync(key, value, Expiry(options));

    /// <summary>Redis <c>SET key value PX ttl NX</c>: one atomic step across every instance.</summary>
    public Task<bool> TryAddAsync(string key, byte[] value, TimeSpan expiresAfter, CancellationToken cancellationToken) =>
        Database.StringSetAsync(key, value, expiresAfter, When.NotExists);

    public void Refresh(string key)
    {
    }

    public Task RefreshAsync(string key, CancellationToken token = default) => Task.CompletedTask;

    public void Remove(string key) => Database.KeyDelete(key);

    public Task RemoveAsync(string key, CancellationToken token = default) => Database.KeyDeleteAsync(key);

    private static TimeSpan? Expiry(DistributedCacheEntryOptions options) =>
        options.AbsoluteExpirationRelativeToNow
        ?? (options.AbsoluteExpiration is { } at ? at - DateTimeOffset.UtcNow : null);
}
