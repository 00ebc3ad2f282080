using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;

namespace FamilyContext.Plugin.Store;

/// <summary>The embedded store: one SQLite file in WAL mode, so readers keep reading during an extract swap.</summary>
internal sealed class SqliteRecordStore(string connectionString, StoreChanges changes) : DapperRecordStore(changes)
{
    /// <summary>
    /// The page cache while an extract loads (KiB, as SQLite counts it when negative): the primary key's pages stay in
    /// memory. SQLite sorts for an index build in memory up to the same size, so twice this counts against the 300 MB budget.
    /// </summary>
    private const int LoadCacheKibibytes = 32 * 1024;

    public override async Task InitialiseAsync(CancellationToken cancellationToken)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.DataSource is { Length: > 0 } file && file != ":memory:" && Path.GetDirectoryName(Path.GetFullPath(file)) is { } folder)
        {
            Directory.CreateDirectory(folder);
        }

        await using var connection = await OpenAsync(cancellationToken);
        await connection.ExecuteAsync("PRAGMA journal_mode = WAL;");
        var version = await connection.ExecuteScalarAsync<long>("PRAGMA user_version;");
        for (var i = (int)version; i < StoreSql.Migrations.Count; i++)
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await connection.ExecuteAsync(StoreSql.Migrations[i], transaction: transaction);
            await connection.ExecuteAsync($"PRAGMA user_version = {i + 1};", transaction: transaction);
            await transaction.CommitAsync(cancellationToken);
        }
    }

    protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    /// <summary>
    /// Sorting a million keys once is many times faster than keeping six indexes in order row by row, so the
    /// secondary indexes are dropped before the old rows go and rebuilt after the new ones are in, all inside the
    /// replacing transaction: readers (WAL mode) keep the old rows and indexes until the commit, and a crash rolls
    /// the drop back with the rest. The indexes are read from the schema, so a migration that changes them needs
    /// nothing here.
    /// </summary>
    protected override async Task<int> LoadAsync(DbConnection connection, DbTransaction transaction, string serviceId, IEnumerable<RecordRow> rows, CancellationToken cancellationToken)
    {
        await Execute($"PRAGMA cache_size = -{LoadCacheKibibytes};");
        try
        {
            var indexes = (await connection.QueryAsync<(string Name, string Sql)>(new CommandDefinition(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'service_record' AND sql IS NOT NULL",
                transaction: transaction, cancellationToken: cancellationToken))).ToList();
            foreach (var (name, _) in indexes)
            {
                await Execute($"DROP INDEX \"{name}\"");
            }

            var count = await base.LoadAsync(connection, transaction, serviceId, rows, cancellationToken);
            foreach (var (_, sql) in indexes)
            {
                await Execute(sql);
            }

            return count;
        }
        finally
        {
            // The connection goes back to the pool: the web host's readers keep SQLite's small default cache.
            await connection.ExecuteAsync(new CommandDefinition("PRAGMA cache_size = -2000;", transaction: transaction, cancellationToken: CancellationToken.None));
        }

        Task Execute(string sql) => connection.ExecuteAsync(new CommandDefinition(sql, transaction: transaction, cancellationToken: cancellationToken));
    }

    protected override async Task<int> InsertAsync(DbConnection connection, DbTransaction transaction, IEnumerable<RecordRow> rows, CancellationToken cancellationToken)
    {
        // One prepared command reused for every row, executed synchronously: SQLite does no I/O a task could wait on
        // between pages, and a million awaits cost more than the inserts.
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = StoreSql.Insert;
        var parameters = RecordRow.ColumnNames.Select(name =>
        {
            var p = command.CreateParameter();
            p.ParameterName = "@" + name;
            command.Parameters.Add(p);
            return p;
        }).ToArray();
        var count = 0;
        foreach (var row in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var values = row.Values();
            for (var i = 0; i < parameters.Length; i++)
            {
                parameters[i].Value = values[i] ?? DBNull.Value;
            }

            command.ExecuteNonQuery();
            count++;
        }

        return count;
    }
}
