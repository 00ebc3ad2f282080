using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;

namespace FamilyContext.Plugin.Audit;

/// <summary>
/// The audit trail in its own SQLite file. Triggers refuse UPDATE and DELETE; a batch of appends reads the last hash
/// and inserts inside one IMMEDIATE transaction, so two writers (threads or processes) can never fork the chain.
/// An append waits at most the busy timeout — for the batches ahead of it, then for SQLite's write lock — and
/// then fails, so a database held locked makes requests fail closed within seconds instead of queuing.
/// </summary>
internal sealed class SqliteAuditStore(string connectionString, TimeSpan? busyTimeout = null)
    : DapperAuditStore(busyTimeout ?? TimeSpan.FromSeconds(3))
{
    // Microsoft.Data.Sqlite retries a busy database until the command timeout (whole seconds, at least 1) runs out.
    private readonly string _connectionString = new SqliteConnectionStringBuilder(connectionString)
    {
        DefaultTimeout = Math.Max(1, (int)Math.Ceiling((busyTimeout ?? TimeSpan.FromSeconds(3)).TotalSeconds)),
    }.ToString();

    public override async Task InitialiseAsync(CancellationToken cancellationToken)
    {
        var path = new SqliteConnectionStringBuilder(_connectionString).DataSource;
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
            CREATE INDEX IF NOT EXISTS audit_log_worker_child ON audit_log (actor, child_id, action, sequence);
            CREATE TRIGGER IF NOT EXISTS audit_log_no_update BEFORE UPDATE ON audit_log
                BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
            CREATE TRIGGER IF NOT EXISTS audit_log_no_delete BEFORE DELETE ON audit_log
                BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
            """, cancellationToken: cancellationToken));
    }

    // The transaction is IMMEDIATE (Microsoft.Data.Sqlite's default): it took the database's write lock when it began.
    protected override Task LockForAppendAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) => Task.CompletedTask;

    protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }
}
