using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;

namespace FamilyContext.Plugin.Store;

/// <summary>The embedded store: one SQLite file in WAL mode, so readers keep reading during an extract swap.</summary>
internal sealed class SqliteRecordStore(string connectionString, StoreChanges changes) : DapperRecordStore(changes)
{
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

    // The extract's pages are copied from the write-ahead log into the file and the log emptied (a million rows leave
    // hundreds of MB in it otherwise). No ANALYZE: SQLite's statistics count the empty identifiers (most rows have no NHS
    // number) as one common value and then plan those arms as scans; without statistics every equality uses its index.
    protected override Task AfterReplaceAsync(DbConnection connection, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition("PRAGMA wal_checkpoint(TRUNCATE);", cancellationToken: cancellationToken));

    protected override async Task<int> InsertAsync(DbConnection connection, DbTransaction transaction, IEnumerable<RecordRow> rows, CancellationToken cancellationToken)
    {
        // One prepared command reused for every row: SQLite inside one transaction writes ~100k rows a second this way.
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
            var values = row.Values();
            for (var i = 0; i < parameters.Length; i++)
            {
                parameters[i].Value = values[i] ?? DBNull.Value;
            }

            await command.ExecuteNonQueryAsync(cancellationToken);
            count++;
        }

        return count;
    }
}
