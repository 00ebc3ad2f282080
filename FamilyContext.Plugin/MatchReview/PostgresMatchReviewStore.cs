using System.Data.Common;
using FamilyContext.Plugin.Database;
using Npgsql;

namespace FamilyContext.Plugin.MatchReview;

/// <summary>Clerical reviews in PostgreSQL, shared by every instance: a review recorded on one applies on all at once.</summary>
internal sealed class PostgresMatchReviewStore(string connectionString) : DapperMatchReviewStore, IDisposable
{
    // Append-only: add a new entry, never edit an applied one.
    private static readonly string[] Migrations =
    [
        $"CREATE TABLE match_review (id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, {MatchReviewSql.Columns}); {MatchReviewSql.Index}",
    ];

    private readonly NpgsqlDataSource _dataSource = NpgsqlDataSource.Create(connectionString);

    public void Dispose() => _dataSource.Dispose();

    public override Task InitialiseAsync(CancellationToken cancellationToken) =>
        PostgresMigrations.ApplyAsync(_dataSource, "match_review_schema_migrations", Migrations, cancellationToken);

    protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        await _dataSource.OpenConnectionAsync(cancellationToken);
}
