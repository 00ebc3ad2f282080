using System.Globalization;
using System.Net;
using System.Text.Json;
using FamilyContext.Plugin.Abstractions;
using FamilyContext.Plugin.Lookup.Matching;
using FamilyContext.Plugin.Lookup;
using FamilyContext.Plugin.Services;
using FamilyContext.Plugin.Store;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RestSharp;
using RestSharp.Authenticators;

namespace FamilyContext.Plugin.OriginalApi;

/// <summary>
/// Finds a person's records in a remote Family Context API: searches by name (and date of birth), scores every
/// person found with our own matcher, and reads the service detail of those at or above the possible threshold.
/// Any answer it cannot trust — an HTTP error, refused credentials, unreadable JSON, a service the remote does not
/// describe, search paging it cannot follow to the end, a service that does not say how current its data is — throws,
/// so the flag shows Unavailable, never No record.
/// </summary>
internal sealed class RemoteFamilyContextSource(IOptions<RemoteSourceOptions> options, TimeProvider time, ILogger<RemoteFamilyContextSource> logger)
    : IInvolvementSource, IDisposable
{
    private const int ResultsPerPage = 50;
    private const int MaximumSearchPages = 10;
    private readonly Lazy<RestClient> _client = new(() => CreateClient(options.Value));
    private readonly RemoteDescriptions _descriptions = new(time);

    public async Task<SourceAnswer> FindAsync(ServiceDefinition service, CmsPerson person, CancellationToken cancellationToken)
    {
        if (person.FirstName is null || person.FamilyName is null)
        {
            throw new SourceUnavailableException($"{service.Name} can only be searched by first and family name, and this person lacks one.");
        }

        var serviceType = options.Value.ServiceTypes.GetValueOrDefault(service.Id) ?? service.Id;
        var found = await SearchAsync(service, person, cancellationToken);
        if (found.Count > 0)
        {
            _descriptions.Seen(found[0].Id);
        }

        var matches = new List<MatchedRecord>();
        SourceMetadata? metadata = null;
        foreach (var (remote, match) in found.Select(p => (p, PersonMatcher.Match(person, RemoteRecords.Person(p)))).Where(m => m.Item2.Level != MatchLevel.None))
        {
            var detail = await SendAsync<ServiceDetailDocument>(service,
                new RestRequest($"api/person/detail/{Uri.EscapeDataString(remote.Id)}/service/{Uri.EscapeDataString(serviceType)}"), cancellationToken);
            var described = Remember(service, detail.Summary);
            metadata ??= described;
            if (RemoteRecords.IsWithheld(detail.Data))
            {
                // The remote itself holds only a possible match and withholds its content: never more than possible here.
                matches.Add(new MatchedRecord(RemoteRecords.Withheld(service.Id, remote, detail.Data), match with { Level = MatchLevel.Possible })
                {
                    WithheldBySource = true,
                });
                continue;
            }

            switch (detail.Summary?.RecordsAvailable)
            {
                case true:
                    matches.Add(new MatchedRecord(RemoteRecords.Record(service.Id, remote, detail.Data), match));
                    break;
                case null:
                    throw Problem(service, "a service summary without recordsAvailable");
            }
        }

        metadata ??= await DescribeAsync(service, serviceType, found, cancellationToken);
        return new SourceAnswer([.. matches.OrderByDescending(m => m.Match.Level).ThenByDescending(m => m.Match.Score)], metadata);
    }

    /// <summary>
    /// Every person the remote finds by name, page by page. The remote's paging facts travel in the headers our own
    /// original API sends (X-Total-Results, X-Results-Per-Page, X-Page-Number); a remote sending none is taken at the
    /// YAML's word that a bare array is the whole answer, unless the page is full, when the next page is asked for.
    /// A total not reached within <see cref="MaximumSearchPages"/> pages, or paging that contradicts itself, throws:
    /// part of the results is never treated as all of them.
    /// </summary>
    private async Task<List<PersonDocument>> SearchAsync(ServiceDefinition service, CmsPerson person, CancellationToken cancellationToken)
    {
        var dateOfBirth = person.DateOfBirth?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var found = new List<PersonDocument>();
        int? total = null;
        for (var page = 1; page <= MaximumSearchPages; page++)
        {
            var query = new PersonQueryDocument(person.FirstName, person.FamilyName, dateOfBirth, new PaginationDetailsDocument(ResultsPerPage, page));
            var (people, response) = await ExchangeAsync<List<PersonDocument>>(service, new RestRequest("api/search/person", Method.Post).AddJsonBody(query), cancellationToken);
            var pageTotal = PagingHeader(service, response, "X-Total-Results");
            var perPage = PagingHeader(service, response, "X-Results-Per-Page") ?? ResultsPerPage;
            if ((page > 1 && pageTotal != total) || perPage < 1 || people.Count > perPage
                || PagingHeader(service, response, "X-Page-Number") is { } number && number != page)
            {
                throw Problem(service, "search results whose paging contradicts itself");
            }

            total = pageTotal;
            found.AddRange(people);
            var complete = total is { } t ? found.Count >= t : people.Count < perPage;
            if (total is { } expected && (found.Count > expected || (!complete && people.Count == 0)))
            {
                throw Problem(service, $"search results that do not add up to the {expected} people it said it found");
            }

            if (complete)
            {
                return found.DistinctBy(p => p.Id, StringComparer.Ordinal).Count() == found.Count
                    ? found
                    : throw Problem(service, "search results that repeat a person across pages");
            }
        }

        throw Problem(service, $"more search results than the {MaximumSearchPages} pages we read ({(total is { } all ? $"{all} people" : "no total given")})");
    }

    private int? PagingHeader(ServiceDefinition service, RestResponse response, string name)
    {
        var value = response.Headers?.FirstOrDefault(h => string.Equals(h.Name, name, StringComparison.OrdinalIgnoreCase))?.Value?.ToString();
        return value is null ? null
            : int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number
            : throw Problem(service, $"an unreadable {name} header");
    }

    /// <summary>
    /// How current the remote's data for this service is when no person it found is a match: the remote's own service
    /// summary for someone it found; else what it said within <see cref="RemoteSourceOptions.DescriptionLifetime"/>; else
    /// the summary, asked now, of a person it holds (the configured reference person, or the last one it found). A remote
    /// that cannot say is Unavailable: "No record" on data of unknown age is never shown, and nothing older is remembered.
    /// </summary>
    private async Task<SourceMetadata> DescribeAsync(ServiceDefinition service, string serviceType, List<PersonDocument> found, CancellationToken cancellationToken)
    {
        if (found.Count > 0 && await SummaryAsync(service, serviceType, found[0].Id, cancellationToken) is { } described)
        {
            return described;
        }

        if (_descriptions.Recent(service.Id, options.Value.DescriptionLifetime) is { } recent)
        {
            return recent;
        }

        var known = options.Value.ReferencePersonId ?? _descriptions.LastPersonSeen;
        if (known is not null && (found.Count == 0 || found[0].Id != known))
        {
            try
            {
                return await SummaryAsync(service, serviceType, known, cancellationToken) ?? throw NoFreshness(service);
            }
            catch (SourceUnavailableException)
            {
                // A person the remote no longer holds is not asked again.
                _descriptions.Forget(known);
                throw;
            }
        }

        throw NoFreshness(service);
    }

    /// <summary>The remote's summary of this service for one of its people; null when it does not list the service.</summary>
    private async Task<SourceMetadata?> SummaryAsync(ServiceDefinition service, string serviceType, string remoteId, CancellationToken cancellationToken)
    {
        var summaries = await SendAsync<List<ServiceSummaryDocument>>(service,
            new RestRequest($"api/person/detail/{Uri.EscapeDataString(remoteId)}/service"), cancellationToken);
        return summaries.FirstOrDefault(s => string.Equals(s.Id, serviceType, StringComparison.OrdinalIgnoreCase)) is not { } summary ? null
            : summary.RecordsAvailable is null ? throw Problem(service, "a service summary without recordsAvailable")
            : Remember(service, summary);
    }

    private SourceMetadata Remember(ServiceDefinition service, ServiceSummaryDocument? summary) =>
        summary?.LastSynchronised is { } currentAsOf
            ? _descriptions.Remember(RemoteRecords.Metadata(service.Id, summary, currentAsOf, time.GetUtcNow(), options.Value.CoverageExplanation))
            : throw NoFreshness(service);

    private SourceUnavailableException NoFreshness(ServiceDefinition service)
    {
        LookupLog.RemoteProblem(logger, service.Id, "no lastSynchronised");
        return new SourceUnavailableException($"{service.Name} did not say how up to date its data is.");
    }

    private async Task<T> SendAsync<T>(ServiceDefinition service, RestRequest request, CancellationToken cancellationToken)
        where T : class => (await ExchangeAsync<T>(service, request, cancellationToken)).Body;

    private async Task<(T Body, RestResponse Response)> ExchangeAsync<T>(ServiceDefinition service, RestRequest request, CancellationToken cancellationToken)
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
            return (JsonSerializer.Deserialize<T>(response.Content ?? "", JsonSerializerOptions.Web) ?? throw Problem(service, "an empty body"), response);
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

    /// <summary>A client for the remote with its credentials (also used by the installation checks).</summary>
    internal static RestClient CreateClient(RemoteSourceOptions o)
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
