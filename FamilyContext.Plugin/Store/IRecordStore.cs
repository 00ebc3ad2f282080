namespace FamilyContext.Plugin.Store;

/// <summary>The local store of service extracts in the common data model (SQLite embedded, PostgreSQL in production).</summary>
public interface IRecordStore
{
    /// <summary>Creates or migrates the schema.</summary>
    Task InitialiseAsync(CancellationToken cancellationToken);

    /// <summary>Records of one service that share at least one indexed key with the person; the matcher scores them.</summary>
    Task<IReadOnlyList<ServiceRecord>> FindCandidatesAsync(string serviceId, MatchKeys keys, CancellationToken cancellationToken);

    /// <summary>One record by id, or null.</summary>
    Task<ServiceRecord?> GetRecordAsync(string serviceId, string recordId, CancellationToken cancellationToken);

    /// <summary>What the service's current extract says about itself, or null when nothing was ever loaded.</summary>
    Task<SourceMetadata?> GetMetadataAsync(string serviceId, CancellationToken cancellationToken);

    /// <summary>
    /// Each loaded service's generation: a number that grows every time an extract is loaded, by any process.
    /// Cached lookups carry it, so a new extract retires every answer computed from the old one.
    /// </summary>
    Task<IReadOnlyDictionary<string, long>> GetGenerationsAsync(CancellationToken cancellationToken);

    /// <summary>The ids of the service's records in service whose involvement is current, streamed (for the change an ingest brings).</summary>
    IAsyncEnumerable<string> GetCurrentRecordIdsAsync(string serviceId, CancellationToken cancellationToken);

    /// <summary>Replaces all of one service's records and metadata in one transaction: readers see the old set or the new, never a mix.</summary>
    Task ReplaceServiceAsync(SourceMetadata metadata, IEnumerable<ServiceRecord> records, CancellationToken cancellationToken);
}
