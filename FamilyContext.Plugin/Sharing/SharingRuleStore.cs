using System.Data.Common;
using System.Globalization;
using Dapper;

namespace FamilyContext.Plugin.Sharing;

/// <summary>
/// Sharing rules in the access rules' database (SQLite or PostgreSQL, one table shape, so the same SQL and mapping): a rule
/// set on one instance applies on every instance sharing it. The access rule store creates the table with its own, and
/// lists the rules from its cache of both (<paramref name="listAsync"/>), read again whenever either table has changed.
/// </summary>
internal sealed class SharingRuleStore(Func<CancellationToken, Task<DbConnection>> openAsync, Func<CancellationToken, Task<IReadOnlyList<SharingRule>>> listAsync)
    : ISharingRuleStore
{
    private const string Columns =
        "id AS Id, service_id AS ServiceId, groups_shared AS Groups, require_reason AS RequireReason, ask AS Ask, note AS Note, created_by AS CreatedBy, created_at AS CreatedAt";

    private Task<DbConnection> OpenAsync(CancellationToken cancellationToken) => openAsync(cancellationToken);

    public Task<IReadOnlyList<SharingRule>> ListAsync(CancellationToken cancellationToken) => listAsync(cancellationToken);

    /// <summary>Every sharing rule, read from the table on <paramref name="connection"/>.</summary>
    public static async Task<IReadOnlyList<SharingRule>> ReadAllAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var rows = await connection.QueryAsync<Row>(new CommandDefinition($"SELECT {Columns} FROM sharing_rule ORDER BY id", cancellationToken: cancellationToken));
        return [.. rows.Select(r => r.ToRule())];
    }

    public async Task<SharingRule> AddAsync(SharingRule rule, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var id = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "INSERT INTO sharing_rule (service_id, groups_shared, require_reason, ask, note, created_by, created_at) " +
            "VALUES (@ServiceId, @Groups, @RequireReason, @Ask, @Note, @CreatedBy, @CreatedAt) RETURNING id",
            new { rule.ServiceId, rule.Groups, RequireReason = rule.RequireReason ? 1 : 0, rule.Ask, rule.Note, rule.CreatedBy, CreatedAt = rule.CreatedAt.ToString("O") },
            cancellationToken: cancellationToken));
        return rule with { Id = id };
    }

    public async Task<SharingRule?> RemoveAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(
            $"DELETE FROM sharing_rule WHERE id = @id RETURNING {Columns}", new { id }, cancellationToken: cancellationToken));
        return row?.ToRule();
    }

    private sealed class Row
    {
        public long Id { get; init; }
        public string ServiceId { get; init; } = "";
        public string Groups { get; init; } = "";
        public long RequireReason { get; init; }
        public string? Ask { get; init; }
        public string? Note { get; init; }
        public string CreatedBy { get; init; } = "";
        public string CreatedAt { get; init; } = "";

        public SharingRule ToRule() => new(Id, ServiceId, Groups, RequireReason != 0, Ask, Note, CreatedBy,
            DateTimeOffset.Parse(CreatedAt, CultureInfo.InvariantCulture));
    }
}
