using System.Data.Common;
using Dapper;
using FamilyContext.Plugin.Database;
using Npgsql;

namespace FamilyContext.Plugin.Audit;

/// <summary>
/// The audit trail in PostgreSQL, shared by every instance. An append takes a transaction-scoped advisory lock
/// before reading the last hash, so appends from all instances queue one behind another and the chain never forks
/// (the primary key on <c>sequence</c> would refuse a fork anyway). A trigger refuses UPDATE, DELETE and TRUNCATE.
/// </summary>
internal sealed class PostgresAuditStore(string connectionString) : DapperAuditStore, IDisposable
{
    // Any fixed number, the same in every instance; distinct from the migrations' lock.
    private const long AppendLock = 0x417564697454;

    private static readonly string[] Migrations =
    [
        """
        CREATE TABLE audit_log (
            sequence BIGINT PRIMARY KEY, at TEXT COLLATE "C" NOT NULL, action TEXT NOT NULL, outcome TEXT NOT NULL,
            actor TEXT, cms TEXT, child_id TEXT, person_id TEXT, service_id TEXT, session_id TEXT, detail TEXT,
            alert INTEGER NOT NULL, previous_hash TEXT NOT NULL, hash TEXT NOT NULL);
        CREATE INDEX audit_log_at ON audit_log (at);
        CREATE INDEX audit_log_actor ON audit_log (actor, at);
        CREATE INDEX audit_log_child ON audit_log (child_id, at);
        CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN RAISE EXCEPTION 'the audit log is append-only'; END $$;
        CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
            FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();
        CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
            FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();
        """,
    ];

    private readonly NpgsqlDataSource _dataSource = NpgsqlDataSource.Create(connectionString);

    public void Dispose() => _dataSource.Dispose();

    public override Task InitialiseAsync(CancellationToken cancellationToken) =>
        PostgresMigrations.ApplyAsync(_dataSource, "audit_schema_migrations", Migrations, cancellationToken);

    protected override Task LockForAppendAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_xact_lock(@AppendLock)", new { AppendLock }, transaction, cancellationToken: cancellationToken));

    protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        await _dataSource.OpenConnectionAsync(cancellationToken);
}
