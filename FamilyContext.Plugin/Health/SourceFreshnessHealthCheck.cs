using FamilyContext.Plugin.Services;
using FamilyContext.Plugin.Store;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FamilyContext.Plugin.Health;

/// <summary>
/// Each local source's freshness against its stale limit. A stale or missing extract makes the service Degraded, never
/// Unhealthy: the panel still answers, showing that source as Unavailable, and taking instances out of service would not help.
/// </summary>
internal sealed class SourceFreshnessHealthCheck(ServiceCatalogue catalogue, IRecordStore store, TimeProvider time) : IHealthCheck
{
    public const string Fresh = "Fresh";
    public const string Stale = "Stale";
    public const string NotLoaded = "Not loaded";
    public const string Unreadable = "Unreadable";
    public const string Remote = "Remote";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var states = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var service in catalogue.All)
        {
            states[service.Id] = await StateAsync(service, now, cancellationToken);
        }

        var notFresh = states.Values.Count(s => (string)s is not (Fresh or Remote));
        return notFresh == 0
            ? HealthCheckResult.Healthy("Every local source is fresh.", states)
            : HealthCheckResult.Degraded($"{notFresh} of {states.Count} sources are stale, not loaded or unreadable: the panel shows them as Unavailable.", data: states);
    }

    private async Task<string> StateAsync(ServiceDefinition service, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!service.Source.Equals("Local", StringComparison.OrdinalIgnoreCase))
        {
            return Remote;
        }

        try
        {
            var metadata = await store.GetMetadataAsync(service.Id, cancellationToken);
            return metadata is null ? NotLoaded : now - metadata.CurrentAsOf > service.StaleAfter ? Stale : Fresh;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return Unreadable;
        }
    }
}
