using FamilyContext.Plugin.Abstractions;
using FamilyContext.Plugin.Launch;
using FamilyContext.Plugin.Lookup;
using FamilyContext.Plugin.Services;

namespace FamilyContext.Plugin.Panel;

/// <summary>
/// The two questions the panel asks — the family's closed view, and one person's detail for one service —
/// answered only within the session's child, with every failure turned into words for the worker.
/// The HTML pages and the JSON API both go through here.
/// </summary>
internal sealed class PanelQueries(PanelSessionStore sessions, PanelBuilder builder, InvolvementLookup lookup, ServiceCatalogue catalogue)
{
    public async Task<(PanelSession? Session, PanelOutcome<PanelView> Outcome)> PanelAsync(HttpContext http, string sessionId, CancellationToken cancellationToken)
    {
        var session = await sessions.FindAsync(http, sessionId, cancellationToken);
        if (session is null)
        {
            return (null, PanelFailure.SessionEnded);
        }

        return (session, await GuardAsync(async () => (PanelOutcome<PanelView>)
            await builder.BuildAsync(session.WorkerId, session.ChildId, cancellationToken)));
    }

    public async Task<(PanelSession? Session, PanelOutcome<DetailView> Outcome)> DetailAsync(
        HttpContext http, string sessionId, string personId, string serviceId, CancellationToken cancellationToken)
    {
        var session = await sessions.FindAsync(http, sessionId, cancellationToken);
        if (session is null)
        {
            return (null, PanelFailure.SessionEnded);
        }

        if (!PersonIds.IsWellFormed(personId))
        {
            return (session, PanelFailure.Malformed("person id"));
        }

        if (!PersonIds.IsWellFormed(serviceId) || catalogue.Find(serviceId) is not { } service)
        {
            return (session, PanelFailure.UnknownService(PersonIds.IsWellFormed(serviceId) ? serviceId : "?"));
        }

        return (session, await GuardAsync(async () =>
        {
            var found = await builder.FindPersonAsync(session.WorkerId, session.ChildId, personId, cancellationToken);
            if (found is not var (person, card))
            {
                return PanelFailure.NotInPanel;
            }

            var check = await lookup.CheckAsync(person, service, cancellationToken);
            return (PanelOutcome<DetailView>)new DetailView(session.ChildId, card with { Flags = [check.Flag] }, service, check);
        }));
    }

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
