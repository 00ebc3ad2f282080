using System.Collections.Concurrent;
using FamilyContext.Plugin.SharedState;
using Microsoft.Extensions.Caching.Distributed;

namespace FamilyContext.Plugin.Tests.Support;

/// <summary>
/// A shared in-memory distributed cache with an atomic add, standing in for Redis SET NX across instances. Counts atomic
/// adds of launch token ids; <see cref="Clear"/> is Redis restarting without persistence.
/// </summary>
public sealed class AtomicMemoryCache : IDistributedCache, IAddIfAbsentCache
{
    private readonly ConcurrentDictionary<string, byte[]> _entries = new(StringComparer.Ordinal);
    private int _atomicAdds;

    public int AtomicAdds => _atomicAdds;

    public Task<bool> TryAddAsync(string key, byte[] value, TimeSpan expiresAfter, CancellationToken cancellationToken)
    {
        if (key.StartsWith("launch-jti:", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _atomicAdds);
        }

        return Task.FromResult(_entries.TryAdd(key, value));
    }

    public void Clear() => _entries.Clear();

    public byte[]? Get(string key) => _entries.GetValueOrDefault(key);

    public Task<byte[]?> GetAsync(string key, CancellationToken token = default) => Task.FromResult(Get(key));

    public void Set(string key, byte[] value, DistributedCacheEntryOptions options) => _entries[key] = value;

    public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default)
    {
        Set(key, value, options);
        return Task.CompletedTask;
    }

    public void Refresh(string key)
    {
    }

    public Task RefreshAsync(string key, CancellationToken token = default) => Task.CompletedTask;

    public void Remove(string key) => _entries.TryRemove(key, out _);

    public Task RemoveAsync(string key, CancellationToken token = default)
    {
        Remove(key);
        return Task.CompletedTask;
    }
}
