using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;

namespace FamilyContext.Plugin.MatchReview;

/// <summary>Clerical reviews in their own SQLite file, migrated by <c>PRAGMA user_version</c> as the record store is.</summary>
internal sealed class SqliteMatchReviewStore(string connectionString) : DapperMatchReviewStore
{
    // Append-only: add a new entry, never edit an applied one.
    private static readonly string[] Migrations =
    [
        $"CREATE TABLE match_review (id INTEGER PRIMARY KEY AUTOINCREMENT, {MatchReviewSql.Columns}); {MatchReviewSql.Index}",
    ];

    protected override string PersonIdIn => "person_id IN @personIds";

    public override async Task InitialiseAsync(CancellationToken cancellationToken)
    {
        if (Path.GetDirectoryName(Path.GetFullPath(new SqliteConnectionStringBuilder(connectionString).DataSource)) is { } folder)
        {
            Directory.CreateDirectory(folder);
        }

        await using var connection = await OpenAsync(cancellationToken);
        var version = await connection.ExecuteScalarAsync<long>("PRAGMA user_version;");
        for (var i = (int)version; i < Migrations.Length; i++)
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await connection.ExecuteAsync(Migrations[i], transaction: transaction);
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
}
