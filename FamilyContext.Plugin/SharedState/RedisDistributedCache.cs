using Microsoft.Extensions.Caching.Distributed;
using StackExchange.Redis;

namespace FamilyContext.Plugin.SharedState;

/// <summary>
/// <see cref="IDistributedCache"/> over StackExchange.Redis 1.2.6, the only client our feed restores. The one
/// place that knows Redis: swapping to Microsoft.Extensions.Caching.StackExchangeRedis later is the one line that
/// registers this class. Absolute expiry only (the lookup cache uses nothing else). The connection is made on first
/// use and re-made by the client after Redis restarts; until then every call throws quickly.
/// </summary>
internal sealed class RedisDistributedCache(string configuration) : IDistributedCache, IAddIfAbsentCache, IDisposable
{
    private readonly Lazy<ConnectionMultiplexer> _connection = new(() =>
    {
        var options = ConfigurationOptions.Parse(configuration);
        options.AbortOnConnectFail = false;
        options.ConnectTimeout = Math.Min(options.ConnectTimeout, 2000);
        options.SyncTimeout = Math.Min(options.SyncTimeout, 1000);
        return ConnectionMultiplexer.Connect(options);
    });

    private IDatabase Database => _connection.Value.GetDatabase();

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

    public void Dispose()
    {
        if (_connection.IsValueCreated)
        {
            _connection.Value.Dispose();
        }
    }

    private static TimeSpan? Expiry(DistributedCacheEntryOptions options) =>
        options.AbsoluteExpirationRelativeToNow
        ?? (options.AbsoluteExpiration is { } at ? at - DateTimeOffset.UtcNow : null);
}
