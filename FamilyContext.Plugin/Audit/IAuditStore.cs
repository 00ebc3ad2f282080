namespace FamilyContext.Plugin.Audit;

/// <summary>
/// Where the audit trail is kept: append-only, hash-chained. SQLite embedded by default, or PostgreSQL shared by every
/// instance; both keep the same contract (the append is serialised across instances).
/// </summary>
public interface IAuditStore
{
    /// <summary>Creates the table and the guards that refuse updates and deletes.</summary>
    Task InitialiseAsync(CancellationToken cancellationToken);

    /// <summary>Appends one entry after the current last record, atomically, and returns it as stored.</summary>
    Task<AuditRecord> AppendAsync(AuditEntry entry, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Records matching the query, newest first.</summary>
    Task<IReadOnlyList<AuditRecord>> SearchAsync(AuditQuery query, CancellationToken cancellationToken);

    /// <summary>How many records match the query's criteria (its limit and offset aside).</summary>
    Task<long> CountAsync(AuditQuery query, CancellationToken cancellationToken);

    /// <summary>Every record in sequence order, for verification. A record whose stored fields cannot be read throws <see cref="AuditRecordUnreadableException"/>.</summary>
    IAsyncEnumerable<AuditRecord> ReadAllAsync(CancellationToken cancellationToken);
}
