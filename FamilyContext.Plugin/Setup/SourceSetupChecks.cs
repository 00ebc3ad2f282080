using System.Globalization;
using System.Net;
using FamilyContext.Plugin.OriginalApi;
using FamilyContext.Plugin.Services;
using FamilyContext.Plugin.Store;
using Microsoft.Extensions.Options;
using RestSharp;

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
        if (services.GetRequiredService<ServiceCatalogue>().All.Any(s => !IsLocal(s)))
        {
            checks.Add(await RemoteAsync(services.GetRequiredService<IOptions<RemoteSourceOptions>>().Value, ct));
        }

        foreach (var service in services.GetRequiredService<ServiceCatalogue>().All)
        {
            if (!IsLocal(service))
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
                checks.Add(SetupCheck.Failed(Area, service.Name, $"Its data could not be read ({SetupCheck.Cause(e)}).", "Check the record store (below)."));
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

    private static bool IsLocal(ServiceDefinition service) => service.Source.Equals("Local", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The remote Family Context API: reachable, and our credentials accepted, asked at its <c>api/auth/status</c> (which
    /// touches no one's data).
    /// </summary>
    private static async Task<SetupCheck> RemoteAsync(RemoteSourceOptions options, CancellationToken ct)
    {
        const string name = "Remote source";
        if (options.BaseUrl is null)
        {
            return SetupCheck.Failed(Area, name, "A service is read from a remote source, but FamilyContext:Remote:BaseUrl is not set: it shows Unavailable.",
                "Set FamilyContext:Remote:BaseUrl to the remote Family Context API's address, with its BearerToken or SessionCookie.");
        }

        using var client = RemoteFamilyContextSource.CreateClient(options);
        var response = await client.ExecuteAsync(new RestRequest("api/auth/status"), ct);
        var where = options.BaseUrl.GetLeftPart(UriPartial.Authority);
        return response.StatusCode switch
        {
            HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => SetupCheck.Failed(Area, name,
                $"The remote source at {where} refused our credentials (HTTP {(int)response.StatusCode}): its services show Unavailable.",
                "Check FamilyContext:Remote:BearerToken (or SessionCookie) with the remote service's administrator."),
            0 => SetupCheck.Failed(Area, name, $"The remote source at {where} could not be reached ({response.ResponseStatus}): its services show Unavailable.",
                "Check FamilyContext:Remote:BaseUrl, and that this server can reach the remote service."),
            _ when response.IsSuccessStatusCode => SetupCheck.Passed(Area, name, $"The remote source at {where} answered and accepted our credentials."),
            _ => SetupCheck.Failed(Area, name, $"The remote source at {where} answered HTTP {(int)response.StatusCode} when asked whether our credentials are accepted.",
                "Check FamilyContext:Remote:BaseUrl: it must be the address the remote Family Context API is served under."),
        };
    }

    private static string Day(DateTimeOffset at) => at.UtcDateTime.ToString("d MMMM yyyy HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
