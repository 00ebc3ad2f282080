using System.Globalization;
using FamilyContext.Adapters.Http;
using FamilyContext.Plugin.Abstractions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FamilyContext.Adapters.LiquidLogic;

/// <summary>Reads people and relationships from the LiquidLogic (LCS) integration endpoint described in README.md.</summary>
internal sealed class LiquidLogicAdapter(IHttpClientFactory httpClients, IOptions<LiquidLogicOptions> options, TimeProvider time, ILogger<LiquidLogicAdapter> logger)
    : ICmsAdapter, IDisposable
{
    private readonly string _involvementsRoute = options.Value.InvolvementsRoute;
    private readonly CmsAdapterCore _core = new(httpClients, LiquidLogicOptions.HttpClientName, options.Value, "LiquidLogic",
        Path.Combine("mappings", "liquidlogic-relationships.yaml"), time, logger);

    public string SystemName => "LiquidLogic";

    public Task<CmsPerson> GetPersonAsync(string personId, CancellationToken cancellationToken) =>
        _core.GetPersonAsync<LcsPerson>(personId, p => p.ToCmsPerson(_core.Values), cancellationToken);

    public Task<IReadOnlyList<CmsRelationship>> GetRelationshipsAsync(string personId, RelationshipQuery query, CancellationToken cancellationToken) =>
        _core.ResolveAsync(personId, query, FetchRelationsAsync, cancellationToken);

    /// <summary>
    /// LCS opens a restricted record to workers with the restricted-access flag on <c>DIM_WORKER</c> and to workers
    /// with an open involvement (<c>FACT_INVOLVEMENTS</c>) with the person, such as the allocated social worker.
    /// </summary>
    public async Task<bool> CanWorkerViewAsync(string workerId, string personId, CancellationToken cancellationToken)
    {
        var person = await GetPersonAsync(personId, cancellationToken);
        if (!person.Restricted)
        {
            return true;
        }

        var worker = await _core.GetWorkerAsync<LcsWorker>(workerId, cancellationToken);
        if (worker is null)
        {
            return false;
        }

        if (CmsJson.ToFlag(worker.RestrictedAccess))
        {
            return true;
        }

        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var involvements = await _core.Api.GetPagesAsync<LcsPage<LcsInvolvement>>(
            _involvementsRoute, CmsApiDescription.Resolve(_involvementsRoute, personId), Paging, page => page.NextOffset(), cancellationToken) ?? [];
        return involvements.SelectMany(p => p.Items).Any(i =>
            string.Equals(i.WorkerId, worker.WorkerId, StringComparison.Ordinal)
            && (_core.Values.ReadDate(i.End, "involvement END_DTTM") is not { } end || end >= today));
    }

    public Task<CmsHealth> CheckHealthAsync(CancellationToken cancellationToken) => _core.CheckHealthAsync(cancellationToken);

    public void Dispose() => _core.Dispose();

    private async Task<CmsLinkSet?> FetchRelationsAsync(string personId, CancellationToken cancellationToken)
    {
        var pages = await _core.GetRelationshipPagesAsync<LcsPage<LcsPersonRelation>>(personId, Paging, page => page.NextOffset(), cancellationToken);
        return pages is null
            ? null
            : new CmsLinkSet(
                [.. pages.SelectMany(p => p.Items).Select(r => r.ToLink(_core.Values))],
                [.. pages.SelectMany(p => p.Persons).Select(p => p.ToCmsPerson(_core.Values))]);
    }

    private static IEnumerable<KeyValuePair<string, string>> Paging(string? cursor, int size) =>
        [new("offset", cursor ?? "0"), new("limit", size.ToString(CultureInfo.InvariantCulture))];
}
