using FamilyContext.Plugin.Audit;

namespace FamilyContext.Plugin.Tests.Support;

/// <summary>An in-memory audit store that refuses every append once <see cref="Failing"/> is set, as a full disk would.</summary>
public sealed class FailingAuditStore : IAuditStore
{
    private readonly InMemoryAuditStore _inner = new();

    public bool Failing { get; set; }

    public Task InitialiseAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<AuditRecord> AppendAsync(AuditEntry entry, DateTimeOffset at, CancellationToken cancellationToken) =>
        Failing ? throw new IOException("disk full") : _inner.AppendAsync(entry, at, cancellationToken);

    public Task<IReadOnlyList<AuditRecord>> SearchAsync(AuditQuery query, CancellationToken cancellationToken) => _inner.SearchAsync(query, cancellationToken);

    public Task<long> CountAsync(AuditQuery query, CancellationToken cancellationToken) => _inner.CountAsync(query, cancellationToken);

    public IAsyncEnumerable<AuditRecord> ReadAllAsync(CancellationToken cancellationToken) => _inner.ReadAllAsync(cancellationToken);
}
