using FamilyContext.Plugin.Abstractions;
using Microsoft.Extensions.Logging;

namespace FamilyContext.Adapters.Http;

/// <summary>
/// What every HTTP CMS adapter is built from: its API client, its site's mapping and the resolver, and the routes
/// and value formats the adapter declares (<see cref="CmsApiDescription"/>, with the site's overrides applied).
/// </summary>
public sealed class CmsAdapterCore : IDisposable
{
    public CmsAdapterCore(IHttpClientFactory httpClients, string httpClientName, CmsConnectionOptions options,
        string systemName, string defaultMappingFile, TimeProvider time, ILogger logger)
    {
        Options = options;
        Description = options.ResolveApi();
        Values = new CmsValueReader(Description);
        var mappingFile = options.MappingFile ?? Path.Combine(AppContext.BaseDirectory, defaultMappingFile);
        Resolver = new RelationshipResolver(RelationshipMap.Load(mappingFile), systemName, logger);
        Api = new CmsApiClient(httpClients.CreateClient(httpClientName), options, systemName, time, logger);
        _systemName = systemName;
        _logger = logger;
    }

    private readonly string _systemName;
    private readonly ILogger _logger;

    public CmsConnectionOptions Options { get; }

    public CmsApiClient Api { get; }

    /// <summary>The routes and value formats in force.</summary>
    public CmsApiDescription Description { get; }

    /// <summary>Reads dates and restricted flags the way <see cref="Description"/> declares.</summary>
    public CmsValueReader Values { get; }

    public RelationshipResolver Resolver { get; }

    /// <summary>
    /// GETs the person route and maps it; <see cref="CmsPersonNotFoundException"/> on 404, unless the CMS's health route fails
    /// too (a wrong address or path): then <see cref="CmsUnavailableException"/>, as a configuration error.
    /// </summary>
    public async Task<CmsPerson> GetPersonAsync<TPerson>(string personId, Func<TPerson, CmsPerson> map, CancellationToken cancellationToken)
        where TPerson : class
    {
        var route = Description.PersonRoute;
        var person = await Api.GetAsync<TPerson>(route, CmsApiDescription.Resolve(route, personId), null, cancellationToken);
        if (person is null)
        {
            await ConfirmNotFoundAsync(route, cancellationToken);
            throw new CmsPersonNotFoundException(personId);
        }

        return map(person);
    }

    /// <summary>GETs the worker route; null when the CMS does not know the worker.</summary>
    public Task<TWorker?> GetWorkerAsync<TWorker>(string workerId, CancellationToken cancellationToken)
        where TWorker : class =>
        Api.GetAsync<TWorker>(Description.WorkerRoute, CmsApiDescription.Resolve(Description.WorkerRoute, workerId), null, cancellationToken);

    /// <summary>
    /// Reads every page of the relationships route for one person (null on 404); <paramref name="queryFor"/> gives the
    /// paging query for a cursor and page size, <paramref name="nextCursor"/> the next page's cursor or null.
    /// </summary>
    public async Task<IReadOnlyList<TPage>?> GetRelationshipPagesAsync<TPage>(string personId,
        Func<string?, int, IEnumerable<KeyValuePair<string, string>>> queryFor, Func<TPage, string?> nextCursor, CancellationToken cancellationToken)
        where TPage : class
    {
        var pages = await Api.GetPagesAsync(Description.RelationshipsRoute, CmsApiDescription.Resolve(Description.RelationshipsRoute, personId), queryFor, nextCursor, cancellationToken);
        if (pages is null)
        {
            await ConfirmNotFoundAsync(Description.RelationshipsRoute, cancellationToken);
        }

        return pages;
    }

    /// <summary>
    /// A 404 means "no such person" only from a CMS that is otherwise answering: when the health route fails too, the
    /// address or path in the settings is wrong, and every child would wrongly show as not found.
    /// </summary>
    private async Task ConfirmNotFoundAsync(string route, CancellationToken cancellationToken)
    {
        var health = await Api.CheckHealthAsync(Description.HealthRoute, cancellationToken);
        if (!health.Healthy)
        {
            Log.NotFoundFromUnhealthyCms(_logger, _systemName, route, health.Description);
            throw new CmsUnavailableException($"The {_systemName} integration endpoint answered 404 to {route} and its health check failed ({health.Description}): check the CMS address (BaseUrl) and routes in the settings.");
        }
    }

    /// <summary>Calls the health route; never throws for a CMS failure.</summary>
    public Task<CmsHealth> CheckHealthAsync(CancellationToken cancellationToken) => Api.CheckHealthAsync(Description.HealthRoute, cancellationToken);

    /// <summary>Resolves relationships, including ended ones when either the caller or the site's settings ask.</summary>
    public Task<IReadOnlyList<CmsRelationship>> ResolveAsync(string personId, RelationshipQuery query,
        Func<string, CancellationToken, Task<CmsLinkSet?>> fetch, CancellationToken cancellationToken) =>
        Resolver.ResolveAsync(personId, query.IncludeEnded || Options.IncludeEndedRelationships, query.AsOf, fetch, cancellationToken);

    public void Dispose() => Api.Dispose();
}
