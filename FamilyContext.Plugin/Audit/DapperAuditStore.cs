using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using Dapper;

namespace FamilyContext.Plugin.Audit;

/// <summary>
/// What the SQLite and PostgreSQL audit stores share: one table shape, so the same SQL and mapping. The time is kept
/// as <see cref="AuditChain.Timestamp"/> text, exactly as hashed (PostgreSQL's timestamps hold microseconds, not ticks).
/// </summary>
internal abstract class DapperAuditStore : IAuditStore
{
    private const string Columns =
        "sequence AS Sequence, at AS At, action AS Action, outcome AS Outcome, actor AS Actor, cms AS Cms, child_id AS ChildId, " +
        "person_id AS PersonId, service_id AS ServiceId, session_id AS SessionId, detail AS Detail, alert AS Alert, previous_hash AS PreviousHash, hash AS Hash";

    public abstract Task InitialiseAsync(CancellationToken cancellationToken);

    protected abstract Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>Returns holding the right to append until <paramref name="transaction"/> ends: no other writer, in any process, may append meanwhile.</summary>
    protected abstract Task LockForAppendAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken);

    public virtual async Task<AuditRecord> AppendAsync(AuditEntry entry, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await LockForAppendAsync(connection, transaction, cancellationToken);
        var last = await connection.QuerySingleOrDefaultAsync<(long Sequence, string Hash)?>(new CommandDefinition(
            "SELECT sequence, hash FROM audit_log ORDER BY sequence DESC LIMIT 1", transaction: transaction, cancellationToken: cancellationToken));
        var record = AuditRecord.Create((last?.Sequence ?? 0) + 1, at, entry, last?.Hash ?? AuditChain.Genesis);
        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO audit_log (sequence, at, action, outcome, actor, cms, child_id, person_id, service_id, session_id, detail, alert, previous_hash, hash)
            VALUES (@Sequence, @At, @Action, @Outcome, @Actor, @Cms, @ChildId, @PersonId, @ServiceId, @SessionId, @Detail, @Alert, @PreviousHash, @Hash)
            """, Parameters(record), transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return record;
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
