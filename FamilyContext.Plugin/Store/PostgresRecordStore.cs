using System.Data.Common;
using Dapper;
using FamilyContext.Plugin.Database;
using Npgsql;
using NpgsqlTypes;

namespace FamilyContext.Plugin.Store;

/// <summary>
/// The production store: PostgreSQL, the same schema and queries as SQLite. Migrations are recorded in
/// <c>schema_migrations</c> and applied under an advisory lock, so several instances may start together.
/// Extracts are written with binary COPY inside the replacing transaction; MVCC gives readers the old set or the new.
/// </summary>
internal sealed class PostgresRecordStore(NpgsqlDataSource dataSource, StoreChanges changes) : DapperRecordStore(changes)
{
    public override Task InitialiseAsync(CancellationToken cancellationToken) =>
        PostgresMigrations.ApplyAsync(dataSource, "schema_migrations", StoreSql.Migrations, cancellationToken);

    protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        await dataSource.OpenConnectionAsync(cancellationToken);

    // Two loads of the same service queue behind each other instead of racing on its rows.
    protected override Task BeforeReplaceAsync(DbConnection connection, DbTransaction transaction, string serviceId, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_xact_lock(hashtext(@serviceId))", new { serviceId }, transaction, cancellationToken: cancellationToken));

    protected override async Task<int> InsertAsync(DbConnection connection, DbTransaction transaction, IEnumerable<RecordRow> rows, CancellationToken cancellationToken)
    {
        var npgsql = (NpgsqlConnection)connection;
        var count = 0;
        await using (var importer = await npgsql.BeginBinaryImportAsync($"COPY service_record ({StoreSql.Columns}) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var row in rows)
            {
                await importer.StartRowAsync(cancellationToken);
                foreach (var value in row.Values())
                {
                    await (value switch
                    {
                        null => importer.WriteNullAsync(cancellationToken),
                        long number => importer.WriteAsync((int)number, NpgsqlDbType.Integer, cancellationToken),
                        string text => importer.WriteAsync(text, NpgsqlDbType.Text, cancellationToken),
                        _ => throw new InvalidOperationException($"No COPY mapping for {value.GetType().Name}."),
                    });
                }

                count++;
            }

            await importer.CompleteAsync(cancellationToken);
        }

        return count;
    }
}
