using Dapper;
using Npgsql;

namespace FamilyContext.Plugin.Database;

/// <summary>
/// Applies numbered migrations to PostgreSQL, recording each in its own table, under an advisory lock held for the
/// transaction, so several instances may start together: the first applies them, the others wait and find them done.
/// </summary>
internal static class PostgresMigrations
{
    // Any fixed number: it only has to be the same for every instance migrating this database.
    private const long Lock = 0x46616d696c79;

    // One table of applied versions per schema (store, audit, access), so each counts its own migrations.
    public static async Task ApplyAsync(NpgsqlDataSource dataSource, string table, IReadOnlyList<string> migrations, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_xact_lock(@Lock)", new { Lock }, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            $"CREATE TABLE IF NOT EXISTS {table} (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())",
            transaction: transaction, cancellationToken: cancellationToken));
        var applied = await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            $"SELECT coalesce(max(version), 0) FROM {table}", transaction: transaction, cancellationToken: cancellationToken));
        for (var i = applied; i < migrations.Count; i++)
        {
            await connection.ExecuteAsync(new CommandDefinition(migrations[i], transaction: transaction, cancellationToken: cancellationToken));
            await connection.ExecuteAsync(new CommandDefinition(
                $"INSERT INTO {table} (version) VALUES (@version)", new { version = i + 1 }, transaction, cancellationToken: cancellationToken));
        }

        await transaction.CommitAsync(cancellationToken);
    }
}
