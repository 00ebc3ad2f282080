using System.Data.Common;
using System.Runtime.CompilerServices;
using Dapper;

namespace FamilyContext.Plugin.Store;

/// <summary>
/// The reads every SQL store shares (the queries are in <see cref="StoreSql"/>, accepted by SQLite and PostgreSQL
/// alike); each store brings its connections, its migrations and its fastest way to write an extract.
/// </summary>
internal abstract class DapperRecordStore(StoreChanges changes) : IRecordStore
{
    public abstract Task InitialiseAsync(CancellationToken cancellationToken);

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

    public async IAsyncEnumerable<string> GetCurrentRecordIdsAsync(string serviceId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = StoreSql.SelectCurrentRecordIds;
        var parameter = command.CreateParameter();
        parameter.ParameterName = "serviceId";
        parameter.Value = serviceId;
        command.Parameters.Add(parameter);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return reader.GetString(0);
        }
    }

    public async Task<IReadOnlyDictionary<string, long>> GetGenerationsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string ServiceId, long Generation)>(
            new CommandDefinition(StoreSql.SelectGenerations, cancellationToken: cancellationToken));
        return rows.ToDictionary(r => r.ServiceId, r => r.Generation, StringComparer.Ordinal);
    }

    public async Task ReplaceServiceAsync(SourceMetadata metadata, IEnumerable<ServiceRecord> records, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await BeforeReplaceAsync(connection, transaction, metadata.ServiceId, cancellationToken);
        var count = await LoadAsync(connection, transaction, metadata.ServiceId, ReadAhead.Of(OnlyOf(metadata.ServiceId, records).Select(RecordRow.From), cancellationToken), cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            StoreSql.UpsertMetadata, MetadataRow.From(metadata with { RecordCount = count }), transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        await AfterReplaceAsync(connection, cancellationToken);
        changes.Replaced();
    }

    /// <summary>Anything the store does once the new extract is in service (statistics, the log written back).</summary>
    protected virtual Task AfterReplaceAsync(DbConnection connection, CancellationToken cancellationToken) => Task.CompletedTask;

    protected abstract Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>Anything the store must do first in the replacing transaction (e.g. take a lock).</summary>
    protected virtual Task BeforeReplaceAsync(DbConnection connection, DbTransaction transaction, string serviceId, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>Inside the replacing transaction, removes the service's old rows and writes the new ones; returns how many were written.</summary>
    protected virtual async Task<int> LoadAsync(DbConnection connection, DbTransaction transaction, string serviceId, IEnumerable<RecordRow> rows, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(new CommandDefinition(StoreSql.DeleteService, new { serviceId }, transaction, cancellationToken: cancellationToken));
        return await InsertAsync(connection, transaction, rows, cancellationToken);
    }

    /// <summary>Writes the rows inside the transaction and returns how many were written.</summary>
    protected abstract Task<int> InsertAsync(DbConnection connection, DbTransaction transaction, IEnumerable<RecordRow> rows, CancellationToken cancellationToken);

    private static IEnumerable<ServiceRecord> OnlyOf(string serviceId, IEnumerable<ServiceRecord> records)
    {
        foreach (var record in records)
        {
            if (!string.Equals(record.ServiceId, serviceId, StringComparison.Ordinal))
            {
                throw new ArgumentException("Every record must belong to the service being replaced.", nameof(records));
            }

            yield return record;
        }
    }
}
