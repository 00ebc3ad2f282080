using StackExchange.Redis;

namespace FamilyContext.Plugin.SharedState;

/// <summary>
/// <see cref="IAddIfAbsentCache"/> over the shared Redis connection: plain string keys under the same prefix as the
/// distributed cache (<see cref="SharedStateServiceCollectionExtensions.KeyPrefix"/>), set with relative lifetimes only.
/// </summary>
internal sealed class RedisAddIfAbsentCache(SharedRedisConnection connection) : IAddIfAbsentCache
{
    /// <summary>Redis <c>SET key value PX ttl NX</c>.</summary>
    public Task<bool> TryAddAsync(string key, byte[] value, TimeSpan expiresAfter, CancellationToken cancellationToken) =>
        connection.Database.StringSetAsync(Key(key), value, expiresAfter, When.NotExists);

    public async Task<byte[]?> GetAsync(string key, CancellationToken cancellationToken) =>
        await connection.Database.StringGetAsync(Key(key));

    private static RedisKey Key(string key) => SharedStateServiceCollectionExtensions.KeyPrefix + key;
}
