using System.Runtime.CompilerServices;
using FamilyContext.Plugin.Audit;

namespace FamilyContext.Plugin.Tests.Support;

/// <summary>An audit store in a list, chained like the real one, for tests that wrap or break it.</summary>
public sealed class InMemoryAuditStore : IAuditStore
{
    private readonly List<AuditRecord> _records = [];
    private readonly Lock _lock = new();

    public Task InitialiseAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<AuditRecord> AppendAsync(AuditEntry entry, DateTimeOffset at, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            var record = AuditRecord.Create(_records.Count + 1, at, entry, _records.Count == 0 ? AuditChain.Genesis : _records[^1].Hash);
            _records.Add(record);
            return Task.FromResult(record);
        }
    }

    public Task<IReadOnlyList<AuditRecord>> SearchAsync(AuditQuery query, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult<IReadOnlyList<AuditRecord>>([.. Matching(query).Skip(query.Offset).Take(query.Limit)]);
        }
    }

    public Task<long> CountAsync(AuditQuery query, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult((long)Matching(query).Count());
        }
    }

    private IEnumerable<AuditRecord> Matching(AuditQuery query) => _records.AsEnumerable().Reverse().Where(r =>
        (query.Actor is null || r.Actor == query.Actor) && (query.ChildId is null || r.ChildId == query.ChildId) && (!query.AlertsOnly || r.Alert)
        && (query.From is null || r.At >= query.From) && (query.To is null || r.At < query.To) && (query.UpToSequence is null || r.Sequence <= query.UpToSequence) && (query.Action is null || r.Action == query.Action));

    public async IAsyncEnumerable<AuditRecord> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        AuditRecord[] copy;
        lock (_lock)
        {
            copy = [.. _records];
        }

        foreach (var record in copy)
        {
            await Task.Yield();
            yield return record;
        }
    }
}
