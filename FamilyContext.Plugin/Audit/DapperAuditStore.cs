using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using Dapper;

namespace FamilyContext.Plugin.Audit;

/// <summary>
/// What the SQLite and PostgreSQL audit stores share: one table shape, so the same SQL and mapping. The time is kept
/// as <see cref="AuditChain.Timestamp"/> text, exactly as hashed (PostgreSQL's timestamps hold microseconds, not ticks).
/// </summary>
internal abstract class DapperAuditStore(TimeSpan appendTimeout) : IAuditStore
{
    private readonly Lock _queueGate = new();
    private List<PendingAppend> _queue = [];
    private bool _writing;

    private const string Columns =
        "sequence AS Sequence, at AS At, action AS Action, outcome AS Outcome, actor AS Actor, cms AS Cms, child_id AS ChildId, " +
        "person_id AS PersonId, service_id AS ServiceId, session_id AS SessionId, detail AS Detail, alert AS Alert, previous_hash AS PreviousHash, hash AS Hash";

    /// <summary>The longest an append waits to be written before it fails (and, failing, nothing is shown).</summary>
    protected TimeSpan AppendTimeout { get; } = appendTimeout;

    public abstract Task InitialiseAsync(CancellationToken cancellationToken);

    protected abstract Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>Returns holding the right to append until <paramref name="transaction"/> ends: no other writer, in any process, may append meanwhile.</summary>
    protected abstract Task LockForAppendAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken);

    /// <summary>
    /// Group commit: appends arriving together are written in one transaction, in the order they arrived, and each caller
    /// is released only once that transaction is durable. A batch that fails fails for every caller in it. A caller waits
    /// at most <see cref="AppendTimeout"/> (for the batches ahead of it and for the database), then fails closed.
    /// </summary>
    public async Task<AuditRecord> AppendAsync(AuditEntry entry, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var pending = new PendingAppend(entry, at);
        bool lead;
        lock (_queueGate)
        {
            _queue.Add(pending);
            lead = !_writing;
            _writing = true;
        }

        if (lead)
        {
            _ = Task.Run(WriteQueuedAsync, CancellationToken.None);
        }

        try
        {
            return await pending.Written.Task.WaitAsync(AppendTimeout, cancellationToken);
        }
        catch (Exception e) when (e is TimeoutException or OperationCanceledException)
        {
            // Not yet taken into a batch: it never will be. Already in one: it may still be written, which only over-records.
            pending.Abandon();
            throw;
        }
    }

    /// <summary>Run by one caller at a time: writes what is queued, batch after batch, until the queue is empty.</summary>
    private async Task WriteQueuedAsync()
    {
        while (true)
        {
            List<PendingAppend> queued;
            lock (_queueGate)
            {
                if (_queue.Count == 0)
                {
                    _writing = false;
                    return;
                }

                (queued, _queue) = (_queue, []);
            }

            // Those whose callers stopped waiting are left out: nothing was shown to them.
            var batch = queued.Where(p => p.TryTake()).ToList();
            if (batch.Count == 0)
            {
                continue;
            }

            try
            {
                var records = await AppendBatchAsync(batch);
                for (var i = 0; i < batch.Count; i++)
                {
                    batch[i].Written.TrySetResult(records[i]);
                }
            }
            catch (Exception e)
            {
                foreach (var p in batch)
                {
                    p.Written.TrySetException(e);
                    // Observed here: a caller that has stopped waiting must not leave an unobserved failure behind.
                    _ = p.Written.Task.Exception;
                }
            }
        }
    }

    private async Task<List<AuditRecord>> AppendBatchAsync(List<PendingAppend> batch)
    {
        await using var connection = await OpenAsync(CancellationToken.None);
        await using var transaction = await connection.BeginTransactionAsync();
        await LockForAppendAsync(connection, transaction, CancellationToken.None);
        var last = await connection.QuerySingleOrDefaultAsync<(long Sequence, string Hash)?>(new CommandDefinition(
            "SELECT sequence, hash FROM audit_log ORDER BY sequence DESC LIMIT 1", transaction: transaction));
        var records = new List<AuditRecord>(batch.Count);
        var (sequence, hash) = (last?.Sequence ?? 0, last?.Hash ?? AuditChain.Genesis);
        foreach (var p in batch)
        {
            var record = AuditRecord.Create(sequence + 1, p.At, p.Entry, hash);
            records.Add(record);
            (sequence, hash) = (record.Sequence, record.Hash);
        }

        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO audit_log (sequence, at, action, outcome, actor, cms, child_id, person_id, service_id, session_id, detail, alert, previous_hash, hash)
            VALUES (@Sequence, @At, @Action, @Outcome, @Actor, @Cms, @ChildId, @PersonId, @ServiceId, @SessionId, @Detail, @Alert, @PreviousHash, @Hash)
            """, records.Select(Parameters), transaction));
        await transaction.CommitAsync();
        return records;
    }

    private sealed class PendingAppend(AuditEntry entry, DateTimeOffset at)
    {
        private int _state; // 0 waiting, 1 taken into a batch, 2 abandoned by its caller

        public AuditEntry Entry { get; } = entry;

        public DateTimeOffset At { get; } = at;

        public TaskCompletionSource<AuditRecord> Written { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public bool TryTake() => Interlocked.CompareExchange(ref _state, 1, 0) == 0;

        public void Abandon() => Interlocked.CompareExchange(ref _state, 2, 0);
    }

    public async Task<IReadOnlyList<AuditRecord>> SearchAsync(AuditQuery query, CancellationToken cancellationToken)
    {
        var (sql, parameters) = SearchSql(query);
        await using var connection = await OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
        return [.. rows.Select(r => r.ToRecord())];
    }

    /// <summary>The search's SQL and parameters, newest first (its plan is checked in the tests).</summary>
    internal static (string Sql, DynamicParameters Parameters) SearchSql(AuditQuery query)
    {
        var (where, parameters) = Where(query);
        parameters.Add("Limit", Math.Max(1, query.Limit));
        parameters.Add("Offset", Math.Max(0, query.Offset));
        return ($"SELECT {Columns} FROM audit_log {where} ORDER BY sequence DESC LIMIT @Limit OFFSET @Offset", parameters);
    }

    public async Task<long> CountAsync(AuditQuery query, CancellationToken cancellationToken)
    {
        var (where, parameters) = Where(query);
        await using var connection = await OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition($"SELECT COUNT(*) FROM audit_log {where}", parameters, cancellationToken: cancellationToken));
    }

    private static (string Where, DynamicParameters Parameters) Where(AuditQuery query)
    {
        var where = new List<string>();
        var parameters = new DynamicParameters();
        if (query.From is { } from)
        {
            where.Add("at >= @From");
            parameters.Add("From", AuditChain.Timestamp(from));
        }

        if (query.To is { } to)
        {
            where.Add("at < @To");
            parameters.Add("To", AuditChain.Timestamp(to));
        }

        if (!string.IsNullOrEmpty(query.Actor))
        {
            where.Add("actor = @Actor");
            parameters.Add("Actor", query.Actor);
        }

        if (!string.IsNullOrEmpty(query.ChildId))
        {
            where.Add("child_id = @ChildId");
            parameters.Add("ChildId", query.ChildId);
        }

        if (query.AlertsOnly)
        {
            where.Add("alert = 1");
        }

        if (!string.IsNullOrEmpty(query.Action))
        {
            where.Add("action = @Action");
            parameters.Add("Action", query.Action);
        }

        if (query.UpToSequence is { } upTo)
        {
            where.Add("sequence <= @UpTo");
            parameters.Add("UpTo", upTo);
        }

        return (where.Count > 0 ? "WHERE " + string.Join(" AND ", where) : "", parameters);
    }

    public async IAsyncEnumerable<AuditRecord> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        // Unbuffered: the trail may be long.
        var rows = connection.QueryUnbufferedAsync<Row>($"SELECT {Columns} FROM audit_log ORDER BY sequence");
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            yield return row.ToRecord();
        }
    }

    private static object Parameters(AuditRecord r) => new
    {
        r.Sequence, At = AuditChain.Timestamp(r.At), r.Action, r.Outcome, r.Actor, r.Cms, r.ChildId, r.PersonId, r.ServiceId, r.SessionId,
        r.Detail, Alert = r.Alert ? 1 : 0, r.PreviousHash, r.Hash,
    };

    private sealed class Row
    {
        public long Sequence { get; init; }
        public string At { get; init; } = "";
        public string Action { get; init; } = "";
        public string Outcome { get; init; } = "";
        public string? Actor { get; init; }
        public string? Cms { get; init; }
        public string? ChildId { get; init; }
        public string? PersonId { get; init; }
        public string? ServiceId { get; init; }
        public string? SessionId { get; init; }
        public string? Detail { get; init; }
        // Read loosely and checked in ToRecord: a changed row must be reported, not crash the reader.
        public object? Alert { get; init; }
        public string PreviousHash { get; init; } = "";
        public string Hash { get; init; } = "";

        public AuditRecord ToRecord()
        {
            if (!DateTimeOffset.TryParseExact(At, "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at))
            {
                throw new AuditRecordUnreadableException(Sequence, "time");
            }

            var alert = Alert switch
            {
                long l when l is 0 or 1 => l == 1,
                int i when i is 0 or 1 => i == 1,
                _ => throw new AuditRecordUnreadableException(Sequence, "alert value"),
            };
            return new(Sequence, at, Action, Outcome, Actor, Cms, ChildId, PersonId, ServiceId, SessionId, Detail, alert, PreviousHash, Hash);
        }
    }
}
