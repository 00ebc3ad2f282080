using FamilyContext.Plugin.Services;
using FamilyContext.Plugin.Store;

namespace FamilyContext.Plugin.Admin;

/// <summary>One source's freshness for the admin pages: <c>Fresh</c>, <c>Stale</c> (older than the service's limit), <c>Never loaded</c> or <c>Unreadable</c>.</summary>
public sealed record SourceFreshness(string ServiceId, string Name, DateTimeOffset? CurrentAsOf, DateTimeOffset? LoadedAt, int RecordCount, string Status)
{
    /// <summary>Every configured service's freshness now, from the store's metadata.</summary>
    internal static async Task<List<SourceFreshness>> ReadAsync(ServiceCatalogue catalogue, IRecordStore store, TimeProvider time, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var sources = new List<SourceFreshness>();
        foreach (var service in catalogue.All)
        {
            SourceMetadata? metadata;
            try
            {
                metadata = await store.GetMetadataAsync(service.Id, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                sources.Add(new SourceFreshness(service.Id, service.Name, null, null, 0, "Unreadable"));
                continue;
            }

            sources.Add(metadata is null
                ? new SourceFreshness(service.Id, service.Name, null, null, 0, "Never loaded")
                : new SourceFreshness(service.Id, service.Name, metadata.CurrentAsOf, metadata.LoadedAt, metadata.RecordCount,
                    now - metadata.CurrentAsOf > service.StaleAfter ? "Stale" : "Fresh"));
        }

        return sources;
    }
}
