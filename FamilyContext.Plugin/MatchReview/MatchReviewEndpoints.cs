using FamilyContext.Plugin.Audit;
using FamilyContext.Plugin.Layout;
using FamilyContext.Plugin.Lookup;
using FamilyContext.Plugin.Panel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace FamilyContext.Plugin.MatchReview;

/// <summary>
/// The clerical review form's POST, from a possible match's detail page. The same checks as the detail (session, access
/// rules, person in this child's panel), then the service's confirming groups; the record must still be a possible match
/// for this person. Bad input shows the page again with a GOV.UK error summary; a review recorded goes back to the detail.
/// </summary>
internal static class MatchReviewEndpoints
{
    public static IEndpointRouteBuilder MapMatchReview(this IEndpointRouteBuilder app)
    {
        app.MapPost("/panel/{sessionId}/people/{personId}/services/{serviceId}/review", ReviewAsync).ExcludeFromDescription();
        app.MapMatchReviewAdmin();
        return app;
    }

    private static readonly PanelFailure NoLongerPossible = new(
        StatusCodes.Status409Conflict, "This record is no longer a possible match",
        "The record has changed, or someone has already recorded whether it is this person, since you opened it.",
        "Go back to the family and open the details again.");

    private static readonly PanelFailure NotPermittedToReview = new(
        StatusCodes.Status403Forbidden, "You cannot confirm this match",
        "Only named teams can record whether a record from this service is this person's. This attempt has been recorded.",
        "Ask your manager who to contact.");

    private static async Task<IResult> ReviewAsync(string sessionId, string personId, string serviceId,
        [FromForm] string? recordId, [FromForm] string? decision, [FromForm] string? spokeTo, [FromForm] string? day, [FromForm] string? month,
        [FromForm] string? year, [FromForm] string? note, HttpContext http, PanelQueries queries, MatchReviewRecorder recorder, TimeProvider time,
        CancellationToken ct)
    {
        var (session, target) = await queries.ReviewTargetAsync(http, sessionId, personId, serviceId, ct);
        if (!target.Succeeded)
        {
            return ErrorReplies.Page(target.Failure);
        }

        var (_, person, service, check) = target.Value;
        var index = check.Flag.State == FlagState.PossibleMatch ? check.Records.ToList().FindIndex(r => r.Record.RecordId == recordId) : -1;
        if (index < 0)
        {
            return ErrorReplies.Page(NoLongerPossible);
        }

        if (!service.MayReviewMatches(session!.Groups))
        {
            await queries.RefuseReviewAsync(session, person.Id, service.Id, "clerical review: not in the service's confirming groups", ct);
            return ErrorReplies.Page(NotPermittedToReview);
        }

        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var (outcome, spokeOn, form) = ReviewForm.Read(recordId!, decision, spokeTo, day, month, year, note, index + 1, today);
        if (outcome is null)
        {
            return ErrorReplies.Page(PanelFailure.Malformed("review"));
        }

        if (form.Errors.Count > 0)
        {
            var (_, detail) = await queries.DetailAsync(http, sessionId, personId, serviceId, ct);
            return detail.Succeeded
                ? new RazorComponentResult<DetailPage>(new Dictionary<string, object?>
                {
                    ["View"] = detail.Value, ["SessionId"] = sessionId, ["DemoBanner"] = PanelEndpoints.IsDemo(http, session), ["Review"] = form,
                })
                { StatusCode = StatusCodes.Status400BadRequest }
                : ErrorReplies.Page(detail.Failure);
        }

        try
        {
            await recorder.RecordAsync(target.Value, check.Records[index], outcome.Value,
                outcome == ReviewOutcome.Confirmed ? form.SpokeTo : null, spokeOn, form.Note, ct);
        }
        catch (AuditUnavailableException)
        {
            return ErrorReplies.Page(PanelFailure.AuditUnavailable);
        }

        return Results.Redirect(ReviewPaths.Detail(sessionId, person.Id, service.Id));
    }
}
