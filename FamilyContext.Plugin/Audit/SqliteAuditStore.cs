using System.Globalization;
using System.Runtime.CompilerServices;
using Dapper;
using Microsoft.Data.Sqlite;

namespace FamilyContext.Plugin.Audit;

/// <summary>
/// The audit trail in its own SQLite file. Triggers refuse UPDATE and DELETE; an append reads the last hash and
/// inserts inside one IMMEDIATE transaction, so two writers (threads or processes) can never fork the chain.
/// </summary>
internal sealed class SqliteAuditStore(string connectionString) : IAuditStore, IDisposable
{
    private const string Columns =
        "sequence AS Sequence, at AS At, action AS Action, outcome AS Outcome, actor AS Actor, cms AS Cms, child_id AS ChildId, " +
        "person_id AS PersonId, service_id AS ServiceId, session_id AS SessionId, detail AS Detail, alert AS Alert, previous_hash AS PreviousHash, hash AS Hash";

    private readonly SemaphoreSlim _writer = new(1, 1);

    public void Dispose() => _writer.Dispose();

    public async Task InitialiseAsync(CancellationToken cancellationToken)
    {
        var path = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } folder)
        {
            Directory.CreateDirectory(folder);
        }

        await using var connection = await OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("""
            PRAGMA journal_mode = WAL;
            CREATE TABLE IF NOT EXISTS audit_log (
                sequence INTEGER PRIMARY KEY, at TEXT NOT NULL, action TEXT NOT NULL, outcome TEXT NOT NULL,
                actor TEXT, cms TEXT, child_id TEXT, person_id TEXT, service_id TEXT, session_id TEXT, detail TEXT,
                alert INTEGER NOT NULL, previous_hash TEXT NOT NULL, hash TEXT NOT NULL);
            CREATE INDEX IF NOT EXISTS audit_log_at ON audit_log (at);
            CREATE INDEX IF NOT EXISTS audit_log_actor ON audit_log (actor, at);
            CREATE INDEX IF NOT EXISTS audit_log_child ON audit_log (child_id, at);
            CREATE TRIGGER IF NOT EXISTS audit_log_no_update BEFORE UPDATE ON audit_log
                BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
            CREATE TRIGGER IF NOT EXISTS audit_log_no_delete BEFORE DELETE ON audit_log
                BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
            """, cancellationToken: cancellationToken));
    }

    public async Task<AuditRecord> AppendAsync(AuditEntry entry, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await _writer.WaitAsync(cancellationToken);
        try
        {
            await using var connection = await OpenAsync(cancellationToken);
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken); // IMMEDIATE: takes the write lock now
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
        finally
        {
            _writer.Release();
        }
    }

    public async Task<IReadOnlyList<AuditRecord>> SearchAsync(AuditQuery query, CancellationToken cancellationToken)
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

        parameters.Add("Limit", Math.Clamp(query.Limit, 1, 100_000));
        var sql = $"SELECT {Columns} FROM audit_log {(where.Count > 0 ? "WHERE " + string.Join(" AND ", where) : "")} ORDER BY sequence DESC LIMIT @Limit";
        await using var connection = await OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
        return [.. rows.Select(r => r.ToRecord())];
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

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

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
        public long Alert { get; init; }
        public string PreviousHash { get; init; } = "";
        public string Hash { get; init; } = "";

        public AuditRecord ToRecord() => new(Sequence, DateTimeOffset.Parse(At, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
            Action, Outcome, Actor, Cms, ChildId, PersonId, ServiceId, SessionId, Detail, Alert != 0, PreviousHash, Hash);
    }
}
