using System.Data.Common;
using System.Globalization;
using Dapper;
using FamilyContext.Plugin.Lookup;

namespace FamilyContext.Plugin.MatchReview;

/// <summary>What the SQLite and PostgreSQL review stores share: one table shape, so the same SQL and mapping.</summary>
internal abstract class DapperMatchReviewStore : IMatchReviewStore
{
    private const string Columns =
        "id, cms, person_id, service_id, record_id, identity_hash, generation, outcome, decided_by, decided_by_name, spoke_to, spoke_on, note, " +
        "decided_at, child_id, reversed_by, reversed_at, reversal_reason";

    public abstract Task InitialiseAsync(CancellationToken cancellationToken);

    /// <summary>"person_id is one of @personIds" as this database says it (Dapper expands a list for SQLite; PostgreSQL takes an array).</summary>
    protected abstract string PersonIdIn { get; }

    protected abstract Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    public async Task<MatchDecision> AddAsync(MatchDecision decision, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var row = Row.From(decision);
        var id = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "INSERT INTO match_review (cms, person_id, service_id, record_id, identity_hash, generation, outcome, decided_by, decided_by_name, " +
            "spoke_to, spoke_on, note, decided_at, child_id) VALUES (@cms, @person_id, @service_id, @record_id, @identity_hash, @generation, @outcome, " +
            "@decided_by, @decided_by_name, @spoke_to, @spoke_on, @note, @decided_at, @child_id) RETURNING id", row, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE match_review SET reversed_by = @by, reversed_at = @at, reversal_reason = @reason WHERE cms = @cms AND person_id = @person_id " +
            "AND service_id = @service_id AND record_id = @record_id AND reversed_at IS NULL AND id <> @id",
            new { by = decision.DecidedBy, at = row.decided_at, reason = $"Replaced by review {id.ToString(CultureInfo.InvariantCulture)}", row.cms, row.person_id, row.service_id, row.record_id, id },
            transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return decision with { Id = id };
    }

    public async Task<IReadOnlyList<MatchDecision>> InForceAsync(string cms, string personId, string serviceId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            $"SELECT {Columns} FROM match_review WHERE cms = @cms AND person_id = @personId AND service_id = @serviceId AND reversed_at IS NULL ORDER BY id",
            new { cms, personId, serviceId }, cancellationToken: cancellationToken));
        return [.. rows.Select(r => r.ToDecision())];
    }

    public async Task<IReadOnlyList<MatchDecision>> InForceAsync(string cms, IReadOnlyCollection<string> personIds, CancellationToken cancellationToken)
    {
        if (personIds.Count == 0)
        {
            return [];
        }

        await using var connection = await OpenAsync(cancellationToken);
        // The (cms, person_id, service_id) index serves each id.
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            $"SELECT {Columns} FROM match_review WHERE cms = @cms AND {PersonIdIn} AND reversed_at IS NULL ORDER BY id",
            new { cms, personIds = personIds.ToArray() }, cancellationToken: cancellationToken));
        return [.. rows.Select(r => r.ToDecision())];
    }

    public async Task<IReadOnlyList<MatchDecision>> ListAsync(int limit, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            $"SELECT {Columns} FROM match_review ORDER BY id DESC LIMIT @limit", new { limit }, cancellationToken: cancellationToken));
        return [.. rows.Select(r => r.ToDecision())];
    }

    public async Task<MatchDecision?> ReverseAsync(long id, string reversedBy, DateTimeOffset at, string reason, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(
            $"UPDATE match_review SET reversed_by = @reversedBy, reversed_at = @at, reversal_reason = @reason WHERE id = @id AND reversed_at IS NULL RETURNING {Columns}",
            new { id, reversedBy, at = Text(at), reason }, cancellationToken: cancellationToken));
        return row?.ToDecision();
    }

    private static string Text(DateTimeOffset at) => at.ToString("O", CultureInfo.InvariantCulture);

    private static DateTimeOffset Instant(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);

    private sealed class Row
    {
        public long id { get; init; }
        public string cms { get; init; } = "";
        public string person_id { get; init; } = "";
        public string service_id { get; init; } = "";
        public string record_id { get; init; } = "";
        public string identity_hash { get; init; } = "";
        public long? generation { get; init; }
        public string outcome { get; init; } = "";
        public string decided_by { get; init; } = "";
        public string decided_by_name { get; init; } = "";
        public string? spoke_to { get; init; }
        public string? spoke_on { get; init; }
        public string? note { get; init; }
        public string decided_at { get; init; } = "";
        public string? child_id { get; init; }
        public string? reversed_by { get; init; }
        public string? reversed_at { get; init; }
        public string? reversal_reason { get; init; }

        public static Row From(MatchDecision d) => new()
        {
            cms = d.Cms, person_id = d.PersonId, service_id = d.ServiceId, record_id = d.RecordId, identity_hash = d.IdentityHash,
            generation = d.Generation, outcome = d.Outcome.ToString(), decided_by = d.DecidedBy, decided_by_name = d.DecidedByName,
            spoke_to = d.SpokeTo, spoke_on = d.SpokeOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), note = d.Note,
            decided_at = Text(d.DecidedAt), child_id = d.ChildId,
        };

        public MatchDecision ToDecision() => new(id, cms, person_id, service_id, record_id, identity_hash, generation, Enum.Parse<ReviewOutcome>(outcome),
            decided_by, decided_by_name, spoke_to, spoke_on is null ? null : DateOnly.ParseExact(spoke_on, "yyyy-MM-dd", CultureInfo.InvariantCulture), note,
            Instant(decided_at))
        {
            ChildId = child_id,
            ReversedBy = reversed_by,
            ReversedAt = reversed_at is null ? null : Instant(reversed_at),
            ReversalReason = reversal_reason,
        };
    }
}
