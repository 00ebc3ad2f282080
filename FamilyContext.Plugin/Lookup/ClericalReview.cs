namespace FamilyContext.Plugin.Lookup;

/// <summary>
/// A worker's record that a possible match is, or is not, the person: it holds while the record keeps the id and the
/// identifying details (<see cref="IdentityHash"/>) it had when the worker checked, and is dropped once either changes.
/// </summary>
/// <param name="Id">The review's id.</param>
/// <param name="Outcome">Confirmed (shown as Current or Historic) or rejected (not shown for this person).</param>
/// <param name="RecordId">The source record reviewed.</param>
/// <param name="IdentityHash">The record's identifying details when reviewed (<see cref="Store.RecordIdentity"/>).</param>
/// <param name="DecidedBy">The worker's name as shown ("confirmed by …").</param>
/// <param name="DecidedAt">When it was recorded.</param>
public sealed record ClericalReview(long Id, ReviewOutcome Outcome, string RecordId, string IdentityHash, string DecidedBy, DateTimeOffset DecidedAt);
