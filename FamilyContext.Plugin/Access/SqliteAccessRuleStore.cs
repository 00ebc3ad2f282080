using System.Data.Common;
using Dapper;
using FamilyContext.Plugin.Sharing;
using Microsoft.Data.Sqlite;

namespace FamilyContext.Plugin.Access;

/// <summary>Access rules in their own SQLite file.</summary>
internal sealed class SqliteAccessRuleStore(string connectionString) : DapperAccessRuleStore
{
    public override async Task InitialiseAsync(CancellationToken cancellationToken)
    {
        if (Path.GetDirectoryName(Path.GetFullPath(new SqliteConnectionStringBuilder(connectionString).DataSource)) is { } folder)
        {
            Directory.CreateDirectory(folder);
        }

        await using var connection = await OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("""
            CREATE TABLE IF NOT EXISTS access_rule (
                id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, subject TEXT NOT NULL, effect TEXT NOT NULL,
                note TEXT, created_by TEXT NOT NULL, created_at TEXT NOT NULL);
            """, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(SharingRuleSql.SqliteTable, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(RuleVersionSql.Sqlite, cancellationToken: cancellationToken));
    }

    protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }
}
