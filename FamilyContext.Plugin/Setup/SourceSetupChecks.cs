using System.Globalization;
using FamilyContext.Plugin.Services;
using FamilyContext.Plugin.Store;

namespace FamilyContext.Plugin.Setup;

/// <summary>Each local service's data: loaded or not, its freshness against its stale limit, its last load and record count.</summary>
internal static class SourceSetupChecks
{
    private const string Area = "Sources";

    public static async Task<IReadOnlyList<SetupCheck>> RunAsync(IServiceProvider services, TimeProvider time, CancellationToken ct)
    {
        var store = services.GetRequiredService<IRecordStore>();
        var now = time.GetUtcNow();
        var checks = new List<SetupCheck>();
        foreach (var service in services.GetRequiredService<ServiceCatalogue>().All)
        {
            if (!service.Source.Equals("Local", StringComparison.OrdinalIgnoreCase))
            {
                checks.Add(SetupCheck.Passed(Area, service.Name, $"{service.Name} is read from a remote source at each look-up."));
                continue;
            }

            SourceMetadata? metadata;
            try
            {
                metadata = await store.GetMetadataAsync(service.Id, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                checks.Add(SetupCheck.Failed(Area, service.Name, $"Its data could not be read ({e.GetType().Name}).", "Check the record store (below)."));
                continue;
            }

            var load = $"Run the ingest for {service.Name} (service id \"{service.Id}\") with its latest extract.";
            if (metadata is null)
            {
                checks.Add(SetupCheck.Failed(Area, service.Name, $"No data has been loaded for {service.Name}: it shows Unavailable.", load));
                continue;
            }

            var age = now - metadata.CurrentAsOf;
            var summary = $"{metadata.RecordCount.ToString(CultureInfo.InvariantCulture)} records, current as of {Day(metadata.CurrentAsOf)}, " +
                $"loaded {Day(metadata.LoadedAt)}; stale after {service.StaleAfter.TotalDays.ToString("0.#", CultureInfo.InvariantCulture)} days.";
            checks.Add(age > service.StaleAfter
                ? SetupCheck.Failed(Area, service.Name, $"Stale: {summary} It shows Unavailable.", load)
                : SetupCheck.Passed(Area, service.Name, $"Fresh: {summary}"));
        }

        return checks;
    }

    private static string Day(DateTimeOffset at) => at.UtcDateTime.ToString("d MMMM yyyy HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
