using Dapper;
using Microsoft.Data.Sqlite;

namespace FamilyContext.Plugin.Access;

/// <summary>Access rules in their own SQLite file.</summary>
internal sealed class SqliteAccessRuleStore(string connectionString) : IAccessRuleStore
{
    private const string Columns = "id AS Id, kind AS Kind, subject AS Subject, effect AS Effect, note AS Note, created_by AS CreatedBy, created_at AS CreatedAt";

    public async Task InitialiseAsync(CancellationToken cancellationToken)
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
    }

    public async Task<IReadOnlyList<AccessRule>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition($"SELECT {Columns} FROM access_rule ORDER BY id", cancellationToken: cancellationToken));
        return [.. rows.Select(r => r.ToRule())];
    }

    public async Task<AccessRule> AddAsync(AccessSubjectKind kind, string subject, AccessEffect effect, string? note, string createdBy, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var id = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "INSERT INTO access_rule (kind, subject, effect, note, created_by, created_at) VALUES (@Kind, @Subject, @Effect, @Note, @CreatedBy, @CreatedAt) RETURNING id",
            new { Kind = kind.ToString(), Subject = subject, Effect = effect.ToString(), Note = note, CreatedBy = createdBy, CreatedAt = at.ToString("O") },
            cancellationToken: cancellationToken));
        return new AccessRule(id, kind, subject, effect, note, createdBy, at);
    }

    public async Task<AccessRule?> RemoveAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(
            $"DELETE FROM access_rule WHERE id = @id RETURNING {Columns}", new { id }, cancellationToken: cancellationToken));
        return row?.ToRule();
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    private sealed class Row
    {
        public long Id { get; init; }
        public string Kind { get; init; } = "";
        public string Subject { get; init; } = "";
        public string Effect { get; init; } = "";
        public string? Note { get; init; }
        public string CreatedBy { get; init; } = "";
        public string CreatedAt { get; init; } = "";

        public AccessRule ToRule() => new(Id, Enum.Parse<AccessSubjectKind>(Kind), Subject, Enum.Parse<AccessEffect>(Effect), Note, CreatedBy,
            DateTimeOffset.Parse(CreatedAt, System.Globalization.CultureInfo.InvariantCulture));
    }
}
