using FamilyContext.Plugin.Lookup;

namespace FamilyContext.Plugin.MatchReview;

/// <summary>
/// A worker's clerical review of one possible match, as kept: which CMS person and which service record (its id, the
/// extract generation it came from and a hash of its identifying details), what was decided, by whom, on what
/// evidence — and, once a manager or IG admin reverses it, by whom and why.
/// </summary>
public sealed record MatchDecision(
    long Id,
    string Cms,
    string PersonId,
    string ServiceId,
    string RecordId,
    string IdentityHash,
    long? Generation,
    ReviewOutcome Outcome,
    string DecidedBy,
    string DecidedByName,
    string? SpokeTo,
    DateOnly? SpokeOn,
    string? Note,
    DateTimeOffset DecidedAt)
{
    public string? ChildId { get; init; }
    public string? ReversedBy { get; init; }
    public DateTimeOffset? ReversedAt { get; init; }
    public string? ReversalReason { get; init; }

    public bool InForce => ReversedAt is null;

    public ClericalReview ToReview() => new(Id, Outcome, RecordId, IdentityHash, DecidedByName, DecidedAt);
}
