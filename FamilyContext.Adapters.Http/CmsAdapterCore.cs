using FamilyContext.Plugin.Abstractions;
using Microsoft.Extensions.Logging;

namespace FamilyContext.Adapters.Http;

/// <summary>What every HTTP CMS adapter is built from: its API client, its site's mapping and the resolver.</summary>
public sealed class CmsAdapterCore : IDisposable
{
    public CmsAdapterCore(IHttpClientFactory httpClients, string httpClientName, CmsConnectionOptions options,
        string systemName, string defaultMappingFile, TimeProvider time, ILogger logger)
    {
        Options = options;
        var mappingFile = options.MappingFile ?? Path.Combine(AppContext.BaseDirectory, defaultMappingFile);
        Resolver = new RelationshipResolver(RelationshipMap.Load(mappingFile), systemName, logger);
        Api = new CmsApiClient(httpClients.CreateClient(httpClientName), options, systemName, time, logger);
    }

    public CmsConnectionOptions Options { get; }

    public CmsApiClient Api { get; }

    public RelationshipResolver Resolver { get; }

    /// <summary>GETs <c>persons/{id}</c> and maps it; <see cref="CmsPersonNotFoundException"/> on 404.</summary>
    public async Task<CmsPerson> GetPersonAsync<TPerson>(string personId, Func<TPerson, CmsPerson> map, CancellationToken cancellationToken)
        where TPerson : class
    {
        var person = await Api.GetAsync<TPerson>("persons/{id}", $"persons/{Uri.EscapeDataString(personId)}", null, cancellationToken);
        return person is null ? throw new CmsPersonNotFoundException(personId) : map(person);
    }

    /// <summary>GETs <c>workers/{id}</c>; null when the CMS does not know the worker.</summary>
    public Task<TWorker?> GetWorkerAsync<TWorker>(string workerId, CancellationToken cancellationToken)
        where TWorker : class =>
        Api.GetAsync<TWorker>("workers/{id}", $"workers/{Uri.EscapeDataString(workerId)}", null, cancellationToken);

    /// <summary>Resolves relationships, including ended ones when either the caller or the site's settings ask.</summary>
    public Task<IReadOnlyList<CmsRelationship>> ResolveAsync(string personId, RelationshipQuery query,
        Func<string, CancellationToken, Task<CmsLinkSet?>> fetch, CancellationToken cancellationToken) =>
        Resolver.ResolveAsync(personId, query.IncludeEnded || Options.IncludeEndedRelationships, query.AsOf, fetch, cancellationToken);

    public void Dispose() => Api.Dispose();
}
