using FamilyContext.Plugin.Abstractions;
using FamilyContext.Plugin.Access;
using FamilyContext.Plugin.Audit;
using FamilyContext.Plugin.Launch;
using FamilyContext.Plugin.Layout;
using FamilyContext.Plugin.Lookup;
using FamilyContext.Plugin.Services;
using FamilyContext.Plugin.SharedState;

namespace FamilyContext.Plugin.Panel;

/// <summary>
/// The two questions the panel asks — the family's closed view, and one person's detail for one service —
/// answered only within the session's child, for a worker the access rules permit (checked on every request),
/// and only once the audit record of what is about to be shown has been written. Every refusal is audited and
/// raises an alert. The HTML pages and the JSON API both go through here: it is the only path to family data.
/// </summary>
internal sealed class PanelQueries(
    PanelSessionStore sessions, PanelBuilder builder, InvolvementLookup lookup, ServiceCatalogue catalogue,
    AccessPolicy access, AuditTrail audit, WorkerRateLimiter limiter, PanelHistory history)
{
    private async Task<(PanelSession? Session, PanelFailure? Failure)> SessionAsync(HttpContext http, string sessionId, CancellationToken cancellationToken)
    {
        try
        {
            var session = await sessions.FindAsync(http, sessionId, cancellationToken);
            return session is null ? (null, PanelFailure.SessionEnded) : (session, null);
        }
        catch (SharedStateUnavailableException)
        {
            return (null, PanelFailure.SessionsUnavailable);
        }
    }

    public async Task<(PanelSession? Session, PanelOutcome<PanelView> Outcome)> PanelAsync(HttpContext http, string sessionId, CancellationToken cancellationToken)
    {
        var (session, failure) = await SessionAsync(http, sessionId, cancellationToken);
        if (session is null)
        {
            return (null, failure!);
        }

        if (await RefuseAsync(session, null, null, cancellationToken) is { } refused)
        {
            return (session, refused);
        }

        var outcome = await GuardAsync(async () => (PanelOutcome<PanelView>)await builder.BuildAsync(session.WorkerId, session.ChildId, cancellationToken));
        if (outcome.Succeeded)
        {
            // Read before this panel is recorded: the comparison is with the worker's previous look.
            outcome = outcome.Value with { Changes = await LastShownAsync(session, cancellationToken) };
        }

        return (session, await AuditAsync(session, outcome, null, null, v => AuditDetails.Panel(v), cancellationToken));
    }

    /// <summary>The note for the case record: the closed view in plain text with the practitioners to contact. Audited like a detail.</summary>
    public async Task<(PanelSession? Session, PanelOutcome<CaseNoteView> Outcome)> NoteAsync(HttpContext http, string sessionId, CancellationToken cancellationToken)
    {
        var (session, failure) = await SessionAsync(http, sessionId, cancellationToken);
        if (session is null)
        {
            return (null, failure!);
        }

        if (await RefuseAsync(session, null, null, cancellationToken) is { } refused)
        {
            return (session, refused);
        }

        var outcome = await GuardAsync(async () => (PanelOutcome<CaseNoteView>)await ComposeNoteAsync(session, cancellationToken));
        return (session, await AuditAsync(session, outcome, null, null, v => (AuditActions.CaseNoteOpened, v.AuditDetail), cancellationToken));
    }

    private async Task<CaseNoteView> ComposeNoteAsync(PanelSession session, CancellationToken cancellationToken)
    {
        var view = await builder.BuildAsync(session.WorkerId, session.ChildId, cancellationToken);
        var contacts = new Dictionary<(string Person, string Service), IReadOnlyList<Store.Practitioner>>();
        var records = new List<string>();
        foreach (var card in view.People.Where(p => !p.Restricted && p.Flags.Any(f => FamilySummary.IsKnown(f.State))))
        {
            if (await builder.FindPersonAsync(session.WorkerId, session.ChildId, card.PersonId, cancellationToken) is not { } found)
            {
                continue;
            }

            foreach (var flag in card.Flags.Where(f => FamilySummary.IsKnown(f.State)))
            {
                if (catalogue.Find(flag.ServiceId) is not { } service)
                {
                    continue;
                }

                // A possible match keeps only its id and contact, as on its detail page.
                var check = PossibleMatchContent.Withhold(await lookup.CheckAsync(found.Person, service, cancellationToken));
                contacts[(card.PersonId, flag.ServiceId)] = [.. check.Records.Select(r => r.Record.Practitioner).OfType<Store.Practitioner>().Distinct()];
                records.AddRange(check.Records.Select(r => r.Record.RecordId));
            }
        }

        return new CaseNoteView(view.People[0].Name ?? "this child", CaseNote.Compose(view, contacts), AuditDetails.Note(view, records));
    }

    public Task<(PanelSession? Session, PanelOutcome<DetailView> Outcome)> DetailAsync(
        HttpContext http, string sessionId, string personId, string serviceId, CancellationToken cancellationToken) =>
        CheckedAsync(http, sessionId, personId, serviceId, (session, _, card, service, check) =>
        {
            var possible = check.Flag.State == FlagState.PossibleMatch;
            return new DetailView(session.ChildId, card with { Flags = [check.Flag] }, service, PossibleMatchContent.Withhold(check))
            {
                ContentWithheld = possible ? PossibleMatchContent.Explanation : null,
                CanReview = possible && service.MayReviewMatches(session.Groups),
            };
        }, v => AuditDetails.Detail(v), cancellationToken);

    /// <summary>
    /// What a clerical review is about — the session, the person, the service and the whole check — after the same
    /// checks as a detail (session, access rules, person in this child's panel). Nothing is shown, so nothing is audited
    /// as shown: the review records its own audit entry.
    /// </summary>
    public Task<(PanelSession? Session, PanelOutcome<ReviewTarget> Outcome)> ReviewTargetAsync(
        HttpContext http, string sessionId, string personId, string serviceId, CancellationToken cancellationToken) =>
        CheckedAsync(http, sessionId, personId, serviceId, (session, person, _, service, check) => new ReviewTarget(session, person, service, check), null, cancellationToken);

    /// <summary>A refusal of a clerical review (e.g. a worker outside the service's confirming groups): audited and alerted.</summary>
    public Task RefuseReviewAsync(PanelSession session, string personId, string serviceId, string reason, CancellationToken cancellationToken) =>
        DeniedAsync(session, personId, serviceId, reason, cancellationToken);

    private async Task<(PanelSession? Session, PanelOutcome<T> Outcome)> CheckedAsync<T>(
        HttpContext http, string sessionId, string personId, string serviceId,
        Func<PanelSession, CmsPerson, PersonCard, ServiceDefinition, ServiceCheck, T> make, Func<T, (string Action, string Detail)>? describe,
        CancellationToken cancellationToken)
    {
        var (session, failure) = await SessionAsync(http, sessionId, cancellationToken);
        if (session is null)
        {
            return (null, failure!);
        }

        var safePerson = PersonIds.IsWellFormed(personId) ? personId : null;
        var safeService = PersonIds.IsWellFormed(serviceId) ? serviceId : null;
        if (await RefuseAsync(session, safePerson, safeService, cancellationToken) is { } refused)
        {
            return (session, refused);
        }

        if (safePerson is null)
        {
            await DeniedAsync(session, null, safeService, "malformed person id", cancellationToken);
            return (session, PanelFailure.Malformed("person id"));
        }

        if (safeService is null || catalogue.Find(safeService) is not { } service)
        {
            return (session, PanelFailure.UnknownService(safeService ?? "?"));
        }

        var outcome = await GuardAsync(async () =>
        {
            var found = await builder.FindPersonAsync(session.WorkerId, session.ChildId, safePerson, cancellationToken);
            if (found is not var (person, card))
            {
                return PanelFailure.NotInPanel;
            }

            var check = await lookup.CheckAsync(person, service, cancellationToken);
            return (PanelOutcome<T>)make(session, person, card, service, check);
        });
        return (session, await AuditAsync(session, outcome, safePerson, service.Id, describe, cancellationToken));
    }

    /// <summary>Too fast, or not (or no longer) permitted by the access rules: refused, audited, alerted.</summary>
    private async Task<PanelFailure?> RefuseAsync(PanelSession session, string? personId, string? serviceId, CancellationToken cancellationToken)
    {
        if (!limiter.TryAcquire(session.WorkerId))
        {
            await DeniedAsync(session, personId, serviceId, "rate limit", cancellationToken);
            return PanelFailure.TooManyRequests;
        }

        var decision = await access.DecideAsync(session.WorkerId, session.Groups, cancellationToken);
        if (decision.Permitted)
        {
            return null;
        }

        await DeniedAsync(session, personId, serviceId, decision.Reason, cancellationToken);
        return PanelFailure.NotPermitted;
    }

    /// <summary>Shown only once recorded: a success becomes a failure if the audit record cannot be written.</summary>
    private async Task<PanelOutcome<T>> AuditAsync<T>(
        PanelSession session, PanelOutcome<T> outcome, string? personId, string? serviceId, Func<T, (string Action, string Detail)>? describe, CancellationToken cancellationToken)
    {
        if (!outcome.Succeeded)
        {
            if (outcome.Failure.Status == StatusCodes.Status403Forbidden)
            {
                var reason = outcome.Failure == PanelFailure.NotInPanel ? "person not in this child's panel"
                    : outcome.Failure == PanelFailure.NotAChild ? ChildRule.NotAChildReason
                    : "restricted record";
                await DeniedAsync(session, personId, serviceId, reason, cancellationToken);
            }

            return outcome;
        }

        if (describe is null)
        {
            return outcome;
        }

        var (action, detail) = describe(outcome.Value);
        try
        {
            await audit.RecordAsync(new AuditEntry(action, AuditOutcomes.Allowed, session.WorkerId, session.Cms, session.ChildId, personId, serviceId, session.Id, detail), cancellationToken);
            return outcome;
        }
        catch (AuditUnavailableException)
        {
            return PanelFailure.AuditUnavailable;
        }
    }

    private async Task<PanelChanges?> LastShownAsync(PanelSession session, CancellationToken cancellationToken)
    {
        try
        {
            return await history.LastShownAsync(session, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Only the "changed" marks are lost; whether the panel can be shown is for the audit record to decide.
            return null;
        }
    }

    private Task DeniedAsync(PanelSession session, string? personId, string? serviceId, string reason, CancellationToken cancellationToken) =>
        audit.TryRecordAsync(new AuditEntry(AuditActions.AccessDenied, AuditOutcomes.Denied, session.WorkerId, session.Cms, session.ChildId,
            personId, serviceId, session.Id, reason, Alert: true), cancellationToken);

    private static async Task<PanelOutcome<T>> GuardAsync<T>(Func<Task<PanelOutcome<T>>> query)
    {
        try
        {
            return await query();
        }
        catch (CmsPersonNotFoundException)
        {
            return new PanelFailure(StatusCodes.Status404NotFound, "Child not found",
                "The case management system holds no child with the id this panel was opened for.",
                "Check the child's record in the case management system and open the panel again.");
        }
        catch (NotAChildException)
        {
            return PanelFailure.NotAChild;
        }
        catch (PanelRefusedException e)
        {
            return new PanelFailure(StatusCodes.Status403Forbidden, "You cannot see this family", e.Message);
        }
        catch (CmsAccessDeniedException)
        {
            return new PanelFailure(StatusCodes.Status503ServiceUnavailable, "The case management system refused the request",
                "Family Context is not allowed to read this record from the case management system.",
                "Tell your case management system administrator.");
        }
        catch (CmsUnavailableException)
        {
            return new PanelFailure(StatusCodes.Status503ServiceUnavailable, "The case management system is not responding",
                "Family Context could not read the family from the case management system, so nothing can be shown.",
                "Try again in a few minutes.");
        }
    }
}
