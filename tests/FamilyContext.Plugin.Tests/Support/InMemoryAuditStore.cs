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
            return Task.FromResult<IReadOnlyList<AuditRecord>>([.. _records.AsEnumerable().Reverse().Where(r =>
                (query.Actor is null || r.Actor == query.Actor) && (query.ChildId is null || r.ChildId == query.ChildId) && (!query.AlertsOnly || r.Alert))]);
        }
    }

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
