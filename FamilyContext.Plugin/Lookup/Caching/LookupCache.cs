using System.Collections.Concurrent;
using System.Text.Json;
using FamilyContext.Plugin.Abstractions;
using FamilyContext.Plugin.Services;
using FamilyContext.Plugin.SharedState;
using FamilyContext.Plugin.Time;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FamilyContext.Plugin.Lookup.Caching;

/// <summary>
/// Source answers cached in two tiers: this process's memory, in front of the distributed tier (Redis when
/// configured). Keys hold no personal data (<see cref="LookupCacheKey"/>); entries live for the service's refresh
/// cycle; one fetch per key at a time; only answers the caller says are worth keeping are stored, so failures never are.
/// When the distributed tier fails, lookups skip it for a while, log a warning, and try it again by themselves.
/// </summary>
internal sealed class LookupCache : IDisposable
{
    private readonly LookupCacheOptions _options;
    private readonly LookupGenerations _generations;
    private readonly IDistributedCache? _distributed;
    private readonly TimeProvider _time;
    private readonly ILogger<LookupCache> _logger;
    private readonly MemoryCache _memory;
    private readonly ConcurrentDictionary<string, Lazy<Task<SourceAnswer>>> _inFlight = new(StringComparer.Ordinal);
    private long _distributedSkipUntilTicks;
    private int _distributedDown;

    public LookupCache(IOptions<LookupCacheOptions> options, IOptions<SharedStateOptions> sharedState, LookupGenerations generations, IServiceProvider services, TimeProvider time, ILogger<LookupCache> logger)
    {
        _options = options.Value;
        _generations = generations;
        _distributed = string.IsNullOrWhiteSpace(sharedState.Value.Redis) ? null : services.GetKeyedService<IDistributedCache>(SharedStateServiceCollectionExtensions.RedisCache);
        _time = time;
        _logger = logger;
        _memory = new MemoryCache(new MemoryCacheOptions { SizeLimit = _options.MemoryEntryLimit, Clock = new TimeProviderClock(time) });
    }

    public async Task<SourceAnswer> GetOrFetchAsync(
        ServiceDefinition service, CmsPerson person, Func<Task<SourceAnswer>> fetch, Func<SourceAnswer, bool> worthKeeping, CancellationToken cancellationToken)
    {
        if (!_options.Enabled)
        {
            return await fetch().WaitAsync(cancellationToken);
        }

        var key = LookupCacheKey.For(service, person, await _generations.ForAsync(service.Id, cancellationToken));
        if (_memory.TryGetValue(key, out CachedAnswer? hit) && hit!.ExpiresAt > _time.GetUtcNow())
        {
            return hit.Answer;
        }

        // The shared fetch is not cancelled by any one caller: each waits with its own token; the source's time budget bounds it.
        var flight = _inFlight.GetOrAdd(key, k => new Lazy<Task<SourceAnswer>>(() => LoadAsync(k, service, fetch, worthKeeping)));
        return await flight.Value.WaitAsync(cancellationToken);
    }

    private async Task<SourceAnswer> LoadAsync(string key, ServiceDefinition service, Func<Task<SourceAnswer>> fetch, Func<SourceAnswer, bool> worthKeeping)
    {
        try
        {
            await Task.Yield();
            if (await ReadDistributedAsync(key) is { } shared && shared.ExpiresAt > _time.GetUtcNow())
            {
                Remember(key, shared);
                return shared.Answer;
            }

            var answer = await fetch();
            if (worthKeeping(answer))
            {
                var entry = new CachedAnswer(answer, _time.GetUtcNow() + service.RefreshCycle);
                Remember(key, entry);
                await WriteDistributedAsync(key, entry, service.RefreshCycle);
            }

            return answer;
        }
        finally
        {
            _inFlight.TryRemove(key, out _);
        }
    }

    private void Remember(string key, CachedAnswer entry) =>
        _memory.Set(key, entry, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpiration = entry.ExpiresAt });

    private async Task<CachedAnswer?> ReadDistributedAsync(string key)
    {
        byte[]? bytes;
        try
        {
            if (_distributed is null || SkippingDistributed())
            {
                return null;
            }

            bytes = await _distributed.GetAsync(key);
            DistributedSucceeded();
        }
        catch (Exception e)
        {
            DistributedFailed(e);
            return null;
        }

        try
        {
            return bytes is null ? null : JsonSerializer.Deserialize<CachedAnswer>(bytes);
        }
        catch (JsonException)
        {
            // An entry written by another version of this service: fetch afresh and overwrite it.
            return null;
        }
    }

    private async Task WriteDistributedAsync(string key, CachedAnswer entry, TimeSpan lifetime)
    {
        try
        {
            if (_distributed is null || SkippingDistributed())
            {
                return;
            }

            await _distributed.SetAsync(key, JsonSerializer.SerializeToUtf8Bytes(entry),
                new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = lifetime });
            DistributedSucceeded();
        }
        catch (Exception e)
        {
            DistributedFailed(e);
        }
    }

    private bool SkippingDistributed() => _time.GetUtcNow().UtcTicks < Interlocked.Read(ref _distributedSkipUntilTicks);

    private void DistributedFailed(Exception e)
    {
        Interlocked.Exchange(ref _distributedSkipUntilTicks, (_time.GetUtcNow() + _options.RedisRetryAfter).UtcTicks);
        if (Interlocked.Exchange(ref _distributedDown, 1) == 0)
        {
            LookupLog.CacheDown(_logger, e.GetType().Name, _options.RedisRetryAfter.TotalSeconds);
        }
    }

    private void DistributedSucceeded()
    {
        if (Interlocked.Exchange(ref _distributedDown, 0) == 1)
        {
            LookupLog.CacheBack(_logger);
        }
    }

    public void Dispose() => _memory.Dispose();
}
