using System.Globalization;
using System.Text.Json;
using FamilyContext.Plugin.Abstractions;
using FamilyContext.Plugin.Audit;
using FamilyContext.Plugin.Lookup;
using FamilyContext.Plugin.Panel;
using FamilyContext.Plugin.Store;

namespace FamilyContext.Plugin.MatchReview;

/// <summary>
/// Records clerical reviews and their reversal. A review is audited (with the worker's reason) before it is kept, so
/// none is ever in force unaudited; it raises an alert only when the service is configured to.
/// </summary>
internal sealed class MatchReviewRecorder(IMatchReviewStore store, IRecordStore records, ICmsAdapter cms, AuditTrail audit, TimeProvider time)
{
    public async Task<MatchDecision> RecordAsync(
        ReviewTarget target, MatchedRecord matched, ReviewOutcome outcome, string? spokeTo, DateOnly? spokeOn, string? note, CancellationToken cancellationToken)
    {
        var session = target.Session;
        var record = matched.Record;
        long? generation = (await records.GetGenerationsAsync(cancellationToken)).TryGetValue(target.Service.Id, out var g) ? g : null;
        var decision = new MatchDecision(0, cms.SystemName, target.Person.Id, target.Service.Id, record.RecordId, RecordIdentity.Hash(record.Person), generation,
            outcome, session.WorkerId, session.WorkerName ?? session.WorkerId, spokeTo, spokeOn, note, time.GetUtcNow())
        {
            ChildId = session.ChildId,
        };
        // Ids, dates and the worker's own words; not the practitioner's name, which stays in the review store.
        var detail = JsonSerializer.Serialize(new
        {
            record = record.RecordId,
            generation,
            spokeOn = spokeOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            reason = note,
        });
        await audit.RecordAsync(new AuditEntry(outcome == ReviewOutcome.Confirmed ? AuditActions.MatchConfirmed : AuditActions.MatchRejected,
            AuditOutcomes.Allowed, session.WorkerId, session.Cms, session.ChildId, target.Person.Id, target.Service.Id, session.Id, detail,
            Alert: target.Service.AlertOnMatchReview), cancellationToken);
        return await store.AddAsync(decision, cancellationToken);
    }

    /// <summary>A manager or IG admin reverses a review: the matcher's verdict stands again. Null when no such review is in force.</summary>
    public async Task<MatchDecision?> ReverseAsync(long id, string actor, string reason, CancellationToken cancellationToken)
    {
        if (await store.ReverseAsync(id, actor, time.GetUtcNow(), reason, cancellationToken) is not { } reversed)
        {
            return null;
        }

        await audit.RecordAsync(new AuditEntry(AuditActions.MatchReviewReversed, AuditOutcomes.Allowed, actor, reversed.Cms, reversed.ChildId,
            reversed.PersonId, reversed.ServiceId, Detail: JsonSerializer.Serialize(new
            {
                review = reversed.Id,
                outcome = reversed.Outcome.ToString(),
                record = reversed.RecordId,
                reason,
            })), cancellationToken);
        return reversed;
    }
}
