using System.Data.Common;
using System.Globalization;
using Dapper;
using FamilyContext.Plugin.Sharing;

namespace FamilyContext.Plugin.Access;

/// <summary>
/// What the SQLite and PostgreSQL access rule stores share: one table shape, so the same SQL and mapping. The access and
/// sharing rules are kept in memory with the change count they were read at (<see cref="RuleVersionSql"/>); each list
/// reads the count, and the rules again only when it has moved, so a change made on any instance applies at once.
/// </summary>
internal abstract class DapperAccessRuleStore : IAccessRuleStore
{
    private const string Columns = "id AS Id, kind AS Kind, subject AS Subject, effect AS Effect, note AS Note, created_by AS CreatedBy, created_at AS CreatedAt";

    private volatile RuleSnapshot? _snapshot;

    public abstract Task InitialiseAsync(CancellationToken cancellationToken);

    protected abstract Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>The sharing rules, kept in this database beside the access rules (<see cref="InitialiseAsync"/> creates their table too).</summary>
    public ISharingRuleStore SharingRules() => new SharingRuleStore(OpenAsync, async ct => (await CurrentAsync(ct)).Sharing);

    public async Task<IReadOnlyList<AccessRule>> ListAsync(CancellationToken cancellationToken) => (await CurrentAsync(cancellationToken)).Access;

    /// <summary>The rules as the database has them now: those in memory when the change count has not moved, otherwise read again.</summary>
    private async Task<RuleSnapshot> CurrentAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        // The count first, then the rules: a change landing between the two is read again next time, never missed.
        var version = await connection.ExecuteScalarAsync<long>(new CommandDefinition(RuleVersionSql.Read, cancellationToken: cancellationToken));
        if (_snapshot is { } known && known.Version == version)
        {
            return known;
        }

        var rows = await connection.QueryAsync<Row>(new CommandDefinition($"SELECT {Columns} FROM access_rule ORDER BY id", cancellationToken: cancellationToken));
        var read = new RuleSnapshot(version, [.. rows.Select(r => r.ToRule())], await SharingRuleStore.ReadAllAsync(connection, cancellationToken));
        _snapshot = read;
        return read;
    }

    private sealed record RuleSnapshot(long Version, IReadOnlyList<AccessRule> Access, IReadOnlyList<SharingRule> Sharing);

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
            DateTimeOffset.Parse(CreatedAt, CultureInfo.InvariantCulture));
    }
}
