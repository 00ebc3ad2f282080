using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;

namespace FamilyContext.Plugin.Store;

/// <summary>The embedded store: one SQLite file in WAL mode, so readers keep reading during an extract swap.</summary>
internal sealed class SqliteRecordStore(string connectionString) : IRecordStore
{
    public async Task InitialiseAsync(CancellationToken cancellationToken)
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

    public async Task<IReadOnlyList<ServiceRecord>> FindCandidatesAsync(string serviceId, MatchKeys keys, CancellationToken cancellationToken)
    {
        var (sql, parameters) = StoreSql.Candidates(serviceId, keys);
        if (sql.Length == 0)
        {
            return [];
        }

        await using var connection = await OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<RecordRow>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
        return [.. rows.Select(r => r.ToRecord())];
    }

    public async Task<ServiceRecord?> GetRecordAsync(string serviceId, string recordId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<RecordRow>(
            new CommandDefinition(StoreSql.SelectRecord, new { serviceId, recordId }, cancellationToken: cancellationToken));
        return row?.ToRecord();
    }

    public async Task<SourceMetadata?> GetMetadataAsync(string serviceId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<MetadataRow>(
            new CommandDefinition(StoreSql.SelectMetadata, new { serviceId }, cancellationToken: cancellationToken));
        return row?.ToMetadata();
    }

    public async Task ReplaceServiceAsync(SourceMetadata metadata, IEnumerable<ServiceRecord> records, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using DbTransaction transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(StoreSql.DeleteService, new { serviceId = metadata.ServiceId }, transaction);
        var count = 0;
        foreach (var record in records)
        {
            if (!string.Equals(record.ServiceId, metadata.ServiceId, StringComparison.Ordinal))
            {
                throw new ArgumentException("Every record must belong to the service being replaced.", nameof(records));
            }

            await connection.ExecuteAsync(StoreSql.Insert, RecordRow.From(record), transaction);
            count++;
        }

        await connection.ExecuteAsync(StoreSql.UpsertMetadata, MetadataRow.From(metadata with { RecordCount = count }), transaction);
        await transaction.CommitAsync(cancellationToken);
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }
}
