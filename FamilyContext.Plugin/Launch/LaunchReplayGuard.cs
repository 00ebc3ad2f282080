using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Caching.Distributed;

namespace FamilyContext.Plugin.Launch;

/// <summary>
/// Remembers every launch token id in the distributed cache until after the token would have expired, so a token
/// replayed on any instance is refused. Check-and-remember is one atomic step across instances when the cache offers
/// <see cref="IAddIfAbsentCache"/> (Redis SET NX), and otherwise one step inside an instance (a lock). The cache key is
/// a hash, so no token id reaches the cache in clear.
/// </summary>
internal sealed class LaunchReplayGuard(IDistributedCache cache, TimeProvider time) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public void Dispose() => _gate.Dispose();

    /// <summary>True the first time this issuer's token id is seen; false for every later use.</summary>
    public async Task<bool> TryUseAsync(string issuer, string tokenId, DateTimeOffset keepUntil, CancellationToken cancellationToken)
    {
        var key = "launch-jti:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(issuer + "\n" + tokenId)));
        // Relative, so the cache's own clock cannot cut the memory short.
        var keepFor = keepUntil - time.GetUtcNow();
        keepFor = keepFor > TimeSpan.FromMinutes(1) ? keepFor : TimeSpan.FromMinutes(1);
        try
        {
            return cache is IAddIfAbsentCache atomic
                ? await atomic.TryAddAsync(key, [1], keepFor, cancellationToken)
                : await TryAddInThisInstanceAsync(key, keepFor, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A token whose single use cannot be checked is not accepted.
            throw new SharedStateUnavailableException(e);
        }
    }

    private async Task<bool> TryAddInThisInstanceAsync(string key, TimeSpan keepFor, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (await cache.GetAsync(key, cancellationToken) is not null)
            {
                return false;
            }

            await cache.SetAsync(key, [1], new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = keepFor }, cancellationToken);
            return true;
        }
        finally
        {
            _gate.Release();
        }
    }
}
