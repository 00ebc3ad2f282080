using FamilyContext.Adapters.Http;
using FamilyContext.Plugin.Abstractions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FamilyContext.Adapters.Mosaic;

/// <summary>Reads people and relationships from the Mosaic integration endpoint described in README.md.</summary>
internal sealed class MosaicAdapter(IHttpClientFactory httpClients, IOptions<MosaicOptions> options, TimeProvider time, ILogger<MosaicAdapter> logger)
    : ICmsAdapter, IDisposable
{
    private readonly MosaicOptions _options = options.Value;
    private readonly CmsAdapterCore _core = new(httpClients, MosaicOptions.HttpClientName, options.Value, "Mosaic",
        Path.Combine("mappings", "mosaic-relationships.yaml"), time, logger);

    public string SystemName => "Mosaic";

    public Task<CmsPerson> GetPersonAsync(string personId, CancellationToken cancellationToken) =>
        _core.GetPersonAsync<MosaicPerson>(personId, p => p.ToCmsPerson(_core.Values), cancellationToken);

    public Task<IReadOnlyList<CmsRelationship>> GetRelationshipsAsync(string personId, RelationshipQuery query, CancellationToken cancellationToken) =>
        _core.ResolveAsync(personId, query, FetchLinksAsync, cancellationToken);

    public async Task<bool> CanWorkerViewAsync(string workerId, string personId, CancellationToken cancellationToken)
    {
        var person = await GetPersonAsync(personId, cancellationToken);
        if (!person.Restricted)
        {
            return true;
        }

        var worker = await _core.GetWorkerAsync<MosaicWorker>(workerId, cancellationToken);
        return worker is not null && worker.Permissions.Contains(_options.RestrictedPermission, StringComparer.OrdinalIgnoreCase);
    }

    public Task<CmsHealth> CheckHealthAsync(CancellationToken cancellationToken) => _core.CheckHealthAsync(cancellationToken);

    public void Dispose() => _core.Dispose();

    private async Task<CmsLinkSet?> FetchLinksAsync(string personId, CancellationToken cancellationToken)
    {
        var pages = await _core.GetRelationshipPagesAsync<MosaicRelationshipPage>(
            personId,
            (cursor, size) => [new("page", cursor ?? "1"), new("pageSize", size.ToString(System.Globalization.CultureInfo.InvariantCulture))],
            page => page.NextPage?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            cancellationToken);
        return pages is null
            ? null
            : new CmsLinkSet(
                [.. pages.SelectMany(p => p.Relationships).Select(r => r.ToLink(_core.Values))],
                [.. pages.SelectMany(p => p.Persons).Select(p => p.ToCmsPerson(_core.Values))]);
    }
}
