using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using FamilyContext.Plugin.SharedState;
using Microsoft.Extensions.Caching.Distributed;

namespace FamilyContext.Plugin.Launch;

/// <summary>
/// Remembers every launch token id in the distributed cache until after the token would have expired, so a token
/// replayed on any instance is refused. Check-and-remember is one atomic step across instances when an
/// <see cref="IAddIfAbsentCache"/> is registered or the cache is one (Redis SET NX), and otherwise one step inside an
/// instance (a lock). The cache key is a hash, so no token id reaches the cache in clear.
/// <para>
/// Used ids live only as long as the cache that holds them: a restart without Redis, or Redis restarting without
/// persistence, forgets them while the tokens are still current. So the cache also holds a start marker, written when the
/// cache is first seen without one (at start-up, and on any launch after Redis lost its data): a token issued (<c>iat</c>)
/// before the marker, to the second, is refused — it may have been used in what was forgotten.
/// </para>
/// </summary>
internal sealed class LaunchReplayGuard(IDistributedCache cache, TimeProvider time, IAddIfAbsentCache? addIfAbsent = null) : IDisposable
{
    private const string StartMarkerKey = "launch-epoch";
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly IAddIfAbsentCache? _atomic = addIfAbsent ?? cache as IAddIfAbsentCache;

    public void Dispose() => _gate.Dispose();

    /// <summary>Writes the start marker if the cache has none (called at start-up, so an in-memory cache's marker is the process start).</summary>
    public async Task MarkStartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await StartMarkerAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Shared state down at start-up: the first launch after it returns writes the marker.
        }
    }

    /// <summary>True when the token was issued before the shared state last started empty, so its use may have been forgotten.</summary>
    public async Task<bool> IssuedBeforeStartAsync(DateTimeOffset issuedAt, CancellationToken cancellationToken)
    {
        try
        {
            return issuedAt.ToUnixTimeSeconds() < await StartMarkerAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new SharedStateUnavailableException(e);
        }
    }

    private async Task<long> StartMarkerAsync(CancellationToken cancellationToken)
    {
        if (await GetAsync(StartMarkerKey, cancellationToken) is { Length: 8 } existing)
        {
            return BinaryPrimitives.ReadInt64BigEndian(existing);
        }

        var now = new byte[8];
        BinaryPrimitives.WriteInt64BigEndian(now, time.GetUtcNow().ToUnixTimeSeconds());
        if (_atomic is { } atomic)
        {
            // Another instance may write it first: whichever is in the cache is the marker.
            await atomic.TryAddAsync(StartMarkerKey, now, TimeSpan.FromDays(3650), cancellationToken);
        }
        else
        {
            await _gate.WaitAsync(cancellationToken);
            try
            {
                if (await cache.GetAsync(StartMarkerKey, cancellationToken) is not { Length: 8 })
                {
                    await cache.SetAsync(StartMarkerKey, now, new DistributedCacheEntryOptions(), cancellationToken);
                }
            }
            finally
            {
                _gate.Release();
            }
        }

        return await GetAsync(StartMarkerKey, cancellationToken) is { Length: 8 } marker
            ? BinaryPrimitives.ReadInt64BigEndian(marker)
            : throw new InvalidOperationException("The launch start marker could not be kept.");
    }

    /// <summary>True the first time this issuer's token id is seen; false for every later use.</summary>
    public async Task<bool> TryUseAsync(string issuer, string tokenId, DateTimeOffset keepUntil, CancellationToken cancellationToken)
    {
        var key = TokenKey(issuer, tokenId);
        // Relative, so the cache's own clock cannot cut the memory short.
        var keepFor = keepUntil - time.GetUtcNow();
        keepFor = keepFor > TimeSpan.FromMinutes(1) ? keepFor : TimeSpan.FromMinutes(1);
        try
        {
            return _atomic is { } atomic
                ? await atomic.TryAddAsync(key, [1], keepFor, cancellationToken)
                : await TryAddInThisInstanceAsync(key, keepFor, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A token whose single use cannot be checked is not accepted.
            throw new SharedStateUnavailableException(e);
        }
    }

    /// <summary>Whether this issuer's token id has been used, without using it (the setup page's token explainer).</summary>
    public async Task<bool> WasUsedAsync(string issuer, string tokenId, CancellationToken cancellationToken)
    {
        try
        {
            return await GetAsync(TokenKey(issuer, tokenId), cancellationToken) is not null;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new SharedStateUnavailableException(e);
        }
    }

    /// <summary>Read where the key was written: through the atomic store when there is one.</summary>
    private Task<byte[]?> GetAsync(string key, CancellationToken cancellationToken) =>
        _atomic is { } atomic ? atomic.GetAsync(key, cancellationToken) : cache.GetAsync(key, cancellationToken);

    private static string TokenKey(string issuer, string tokenId) =>
        "launch-jti:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(issuer + "\n" + tokenId)));

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
