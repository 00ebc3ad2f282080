using System.Data.Common;
using FamilyContext.Plugin.Database;
using FamilyContext.Plugin.Sharing;
using Npgsql;

namespace FamilyContext.Plugin.Access;

/// <summary>Access rules in PostgreSQL, shared by every instance: a rule a manager adds on one applies on all at once.</summary>
internal sealed class PostgresAccessRuleStore(string connectionString) : DapperAccessRuleStore, IDisposable
{
    // created_at stays the round-trip text SQLite keeps, so both stores share one mapping.
    private static readonly string[] Migrations =
    [
        """
        CREATE TABLE access_rule (
            id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, kind TEXT NOT NULL, subject TEXT NOT NULL, effect TEXT NOT NULL,
            note TEXT, created_by TEXT NOT NULL, created_at TEXT NOT NULL);
        """,
        SharingRuleSql.PostgresTable,
        RuleVersionSql.Postgres,
    ];

    private readonly NpgsqlDataSource _dataSource = NpgsqlDataSource.Create(connectionString);

    public void Dispose() => _dataSource.Dispose();

    public override Task InitialiseAsync(CancellationToken cancellationToken) =>
        PostgresMigrations.ApplyAsync(_dataSource, "access_schema_migrations", Migrations, cancellationToken);

    protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        await _dataSource.OpenConnectionAsync(cancellationToken);
}
