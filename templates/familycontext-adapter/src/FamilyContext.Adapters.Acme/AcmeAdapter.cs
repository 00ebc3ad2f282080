using System.Globalization;
using FamilyContext.Adapters.Http;
using FamilyContext.Plugin.Abstractions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FamilyContext.Adapters.Acme;

/// <summary>Reads people and relationships from the Acme integration endpoint described in README.md.</summary>
internal sealed class AcmeAdapter(IHttpClientFactory httpClients, IOptions<AcmeOptions> options, TimeProvider time, ILogger<AcmeAdapter> logger)
    : ICmsAdapter, IDisposable
{
    /// <summary>The Acme role that opens confidential records.</summary>
    private const string ConfidentialRole = "CONFIDENTIAL";

    private readonly CmsAdapterCore _core = new(httpClients, AcmeOptions.HttpClientName, options.Value, "Acme",
        Path.Combine("mappings", "acme-relationships.yaml"), time, logger);

    public string SystemName => "Acme";

    public Task<CmsPerson> GetPersonAsync(string personId, CancellationToken cancellationToken) =>
        _core.GetPersonAsync<AcmePerson>(personId, p => p.ToCmsPerson(_core.Values), cancellationToken);

    public Task<IReadOnlyList<CmsRelationship>> GetRelationshipsAsync(string personId, RelationshipQuery query, CancellationToken cancellationToken) =>
        _core.ResolveAsync(personId, query, FetchLinksAsync, cancellationToken);

    public async Task<bool> CanWorkerViewAsync(string workerId, string personId, CancellationToken cancellationToken)
    {
        var person = await GetPersonAsync(personId, cancellationToken);
        if (!person.Restricted)
        {
            return true;
        }

        var worker = await _core.GetWorkerAsync<AcmeWorker>(workerId, cancellationToken);
        return worker is not null && worker.Roles.Contains(ConfidentialRole, StringComparer.OrdinalIgnoreCase);
    }

    public Task<CmsHealth> CheckHealthAsync(CancellationToken cancellationToken) => _core.CheckHealthAsync(cancellationToken);

    public void Dispose() => _core.Dispose();

    private async Task<CmsLinkSet?> FetchLinksAsync(string personId, CancellationToken cancellationToken)
    {
        // Acme pages by cursor: no cursor on the first call, then the page's nextCursor until it is absent.
        var pages = await _core.GetRelationshipPagesAsync<AcmeRelationshipPage>(
            personId,
            (cursor, size) => cursor is null
                ? [new("limit", size.ToString(CultureInfo.InvariantCulture))]
                : [new("limit", size.ToString(CultureInfo.InvariantCulture)), new("cursor", cursor)],
            page => page.NextCursor,
            cancellationToken);
        return pages is null
            ? null
            : new CmsLinkSet(
                [.. pages.SelectMany(p => p.Relationships).Select(r => r.ToLink(_core.Values))],
                [.. pages.SelectMany(p => p.People).Select(p => p.ToCmsPerson(_core.Values))]);
    }
}
