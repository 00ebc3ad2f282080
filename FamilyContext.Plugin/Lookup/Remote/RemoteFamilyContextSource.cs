using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using FamilyContext.Plugin.Abstractions;
using FamilyContext.Plugin.Lookup.Matching;
using FamilyContext.Plugin.OriginalApi;
using FamilyContext.Plugin.Services;
using FamilyContext.Plugin.Store;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RestSharp;
using RestSharp.Authenticators;

namespace FamilyContext.Plugin.Lookup.Remote;

/// <summary>
/// Finds a person's records in a remote Family Context API: searches by name (and date of birth), scores every
/// person found with our own matcher, and reads the service detail of those at or above the possible threshold.
/// Any answer it cannot trust — an HTTP error, refused credentials, unreadable JSON, a service the remote does not
/// describe — throws, so the flag shows Unavailable, never No record.
/// </summary>
internal sealed class RemoteFamilyContextSource(IOptions<RemoteSourceOptions> options, TimeProvider time, ILogger<RemoteFamilyContextSource> logger)
    : IInvolvementSource, IDisposable
{
    private readonly Lazy<RestClient> _client = new(() => CreateClient(options.Value));
    private readonly ConcurrentDictionary<string, SourceMetadata> _lastDescribed = new(StringComparer.Ordinal);

    public async Task<SourceAnswer> FindAsync(ServiceDefinition service, CmsPerson person, CancellationToken cancellationToken)
    {
        if (person.FirstName is null || person.FamilyName is null)
        {
            throw new SourceUnavailableException($"{service.Name} can only be searched by first and family name, and this person lacks one.");
        }

        var serviceType = options.Value.ServiceTypes.GetValueOrDefault(service.Id) ?? service.Id;
        var query = new PersonQueryDocument(person.FirstName, person.FamilyName, person.DateOfBirth?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            new PaginationDetailsDocument(50, 1));
        var found = await SendAsync<List<PersonDocument>>(service, new RestRequest("api/search/person", Method.Post).AddJsonBody(query), cancellationToken);

        var matches = new List<MatchedRecord>();
        SourceMetadata? metadata = null;
        foreach (var (remote, match) in found.Select(p => (p, PersonMatcher.Match(person, RemoteRecords.Person(p)))).Where(m => m.Item2.Level != MatchLevel.None))
        {
            var detail = await SendAsync<ServiceDetailDocument>(service,
                new RestRequest($"api/person/detail/{Uri.EscapeDataString(remote.Id)}/service/{Uri.EscapeDataString(serviceType)}"), cancellationToken);
            metadata ??= _lastDescribed[service.Id] = RemoteRecords.Metadata(service.Id, detail.Summary, time.GetUtcNow(), options.Value.CoverageExplanation);
            switch (detail.Summary?.RecordsAvailable)
            {
                case true:
                    matches.Add(new MatchedRecord(RemoteRecords.Record(service.Id, remote, detail.Data), match));
                    break;
                case null:
                    throw Problem(service, "a service summary without recordsAvailable");
            }
        }

        metadata ??= _lastDescribed.GetValueOrDefault(service.Id)
            ?? new SourceMetadata(service.Id, time.GetUtcNow(), null, null, "", options.Value.CoverageExplanation, time.GetUtcNow(), 0);
        return new SourceAnswer([.. matches.OrderByDescending(m => m.Match.Level).ThenByDescending(m => m.Match.Score)], metadata);
    }

    private async Task<T> SendAsync<T>(ServiceDefinition service, RestRequest request, CancellationToken cancellationToken)
        where T : class
    {
        var response = await _client.Value.ExecuteAsync(request, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            throw Problem(service, "that our credentials are refused");
        }

        if (!response.IsSuccessStatusCode)
        {
            throw Problem(service, response.StatusCode == 0 ? $"nothing ({response.ResponseStatus})" : $"HTTP {(int)response.StatusCode}");
        }

        try
        {
            return JsonSerializer.Deserialize<T>(response.Content ?? "", JsonSerializerOptions.Web) ?? throw Problem(service, "an empty body");
        }
        catch (JsonException)
        {
            throw Problem(service, "a body that is not the API's JSON");
        }
    }

    private SourceUnavailableException Problem(ServiceDefinition service, string problem)
    {
        LookupLog.RemoteProblem(logger, service.Id, problem);
        return new SourceUnavailableException($"{service.Name} (remote Family Context service) answered {problem}.");
    }

    private static RestClient CreateClient(RemoteSourceOptions o)
    {
        var baseUrl = o.BaseUrl ?? throw new SourceUnavailableException($"{RemoteSourceOptions.SectionName}:BaseUrl is not configured.");
        var clientOptions = new RestClientOptions(baseUrl) { Timeout = o.Timeout };
        if (!string.IsNullOrEmpty(o.BearerToken))
        {
            clientOptions.Authenticator = new JwtAuthenticator(o.BearerToken);
        }

        if (!string.IsNullOrEmpty(o.SessionCookie))
        {
            clientOptions.CookieContainer = new CookieContainer();
            clientOptions.CookieContainer.Add(baseUrl, new Cookie(OriginalApiKeyFilter.SessionCookie, o.SessionCookie));
        }

        return new RestClient(clientOptions);
    }

    public void Dispose()
    {
        if (_client.IsValueCreated)
        {
            _client.Value.Dispose();
        }
    }
}
