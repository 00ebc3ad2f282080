using System.Collections.Concurrent;
using System.Globalization;
using FamilyContext.Plugin.Store;
using Microsoft.Extensions.Options;

namespace FamilyContext.Plugin.Lookup.Caching;

/// <summary>
/// Each service's extract generation, as cache keys use it. Re-read from the store at once after this process
/// loads an extract, and at least every <see cref="LookupCacheOptions.GenerationCheckInterval"/> for loads by
/// other processes (the ingest command line, other instances).
/// </summary>
internal sealed class LookupGenerations(IRecordStore store, StoreChanges changes, IOptions<LookupCacheOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, long> _retired = new(StringComparer.Ordinal);
    private volatile Snapshot _snapshot = new(new Dictionary<string, long>(), DateTimeOffset.MinValue, -1);

    /// <summary>Retires this process's cached answers for a service without a new extract (e.g. the demo switching a source off).</summary>
    public void Retire(string serviceId) => _retired.AddOrUpdate(serviceId, 1, (_, n) => n + 1);

    /// <summary>The service's generation as cache keys carry it: the store's extract generation and this process's retirements.</summary>
    public async Task<string> ForAsync(string serviceId, CancellationToken cancellationToken)
    {
        var snapshot = _snapshot;
        var version = changes.Version;
        if (snapshot.Version != version || time.GetUtcNow() - snapshot.ReadAt >= options.Value.GenerationCheckInterval)
        {
            var generations = await store.GetGenerationsAsync(cancellationToken);
            _snapshot = snapshot = new Snapshot(generations, time.GetUtcNow(), version);
        }

        // Services not in the store (remote sources) have no generation: their entries live out their refresh cycle.
        return string.Create(CultureInfo.InvariantCulture, $"{snapshot.Generations.GetValueOrDefault(serviceId)}.{_retired.GetValueOrDefault(serviceId)}");
    }

    private sealed record Snapshot(IReadOnlyDictionary<string, long> Generations, DateTimeOffset ReadAt, long Version);
}
