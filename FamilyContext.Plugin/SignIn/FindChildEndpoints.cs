using FamilyContext.Plugin.Abstractions;
using FamilyContext.Plugin.Access;
using FamilyContext.Plugin.Audit;
using FamilyContext.Plugin.Launch;
using FamilyContext.Plugin.Layout;
using FamilyContext.Plugin.Panel;
using FamilyContext.Plugin.SharedState;
using FamilyContext.Plugin.Time;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace FamilyContext.Plugin.SignIn;

/// <summary>
/// The other way in: a signed-in worker enters a child's CMS id and the reason for looking, and gets a panel
/// session exactly like a CMS launch. The search and its reason are audited; a worker the access rules do not
/// permit is refused, audited and alerted.
/// </summary>
internal static class FindChildEndpoints
{
    public const int MinimumReasonLength = 10;
    public const int MaximumReasonLength = 500;

    public static IEndpointRouteBuilder MapFindChild(this IEndpointRouteBuilder app)
    {
        app.MapGet("/find", () => Form(null, null, new Dictionary<string, string>())).RequireAuthorization(StaffPolicies.Worker).ExcludeFromDescription();
        app.MapPost("/find", FindAsync).RequireAuthorization(StaffPolicies.Worker).RequireRateLimiting(AddressRateLimits.Policy).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> FindAsync([FromForm] string? childId, [FromForm] string? reason, HttpContext http,
        AccessPolicy access, AuditTrail audit, PanelSessionStore sessions, ICmsAdapter cms, TimeProvider time, CancellationToken ct)
    {
        childId = childId?.Trim();
        reason = reason?.Trim();
        var errors = new Dictionary<string, string>();
        if (!PersonIds.IsWellFormed(childId))
        {
            errors["childId"] = "Enter the child's id from the case management system, using only letters, numbers, hyphens and underscores";
        }

        if (reason is null || reason.Length < MinimumReasonLength || reason.Length > MaximumReasonLength || reason.Any(c => char.IsControl(c) && c is not '\n' and not '\r'))
        {
            errors["reason"] = $"Enter why you need to look, in {MinimumReasonLength} to {MaximumReasonLength} characters";
        }

        if (errors.Count > 0)
        {
            return Form(PersonIds.IsWellFormed(childId) ? childId : null, reason?.Length <= MaximumReasonLength ? reason : null, errors);
        }

        var worker = StaffClaims.SubjectOf(http.User)!;
        var groups = StaffClaims.GroupsOf(http.User);
        var decision = await access.DecideAsync(worker, groups, ct);
        if (!decision.Permitted)
        {
            await audit.TryRecordAsync(new AuditEntry(AuditActions.AccessDenied, AuditOutcomes.Denied, worker, cms.SystemName, childId,
                Detail: $"search refused: {decision.Reason}", Alert: true), ct);
            return ErrorReplies.Page(PanelFailure.NotPermitted, framed: false);
        }

        if (!await IsChildOrUnknownAsync(cms, childId!, time, ct))
        {
            await audit.TryRecordAsync(new AuditEntry(AuditActions.AccessDenied, AuditOutcomes.Denied, worker, cms.SystemName, childId,
                Detail: $"search refused: {ChildRule.NotAChildReason}", Alert: true), ct);
            return ErrorReplies.Page(PanelFailure.NotAChild, framed: false);
        }

        PanelSession session;
        try
        {
            session = await sessions.CreateAsync(http, new LaunchRequest(cms.SystemName, worker, http.User.Identity?.Name, childId!, "")
            {
                Groups = groups,
                Origin = "sign-in",
                Reason = reason,
            }, ct);
        }
        catch (SharedStateUnavailableException)
        {
            return ErrorReplies.Page(PanelFailure.SessionsUnavailable, framed: false);
        }
        try
        {
            await audit.RecordAsync(new AuditEntry(AuditActions.Search, AuditOutcomes.Allowed, worker, cms.SystemName, childId, SessionId: session.Id, Detail: reason), ct);
        }
        catch (AuditUnavailableException)
        {
            return ErrorReplies.Page(PanelFailure.AuditUnavailable, framed: false);
        }

        return Results.Redirect($"/panel/{session.Id}");
    }

    /// <summary>
    /// False only when the CMS holds the person and they are not a child. A CMS that cannot answer leaves the
    /// question to the panel, which checks again and says what went wrong.
    /// </summary>
    private static async Task<bool> IsChildOrUnknownAsync(ICmsAdapter cms, string childId, TimeProvider time, CancellationToken ct)
    {
        try
        {
            return ChildRule.IsChild(await cms.GetPersonAsync(childId, ct), UkDates.Today(time));
        }
        catch (CmsException)
        {
            return true;
        }
    }

    private static RazorComponentResult<FindChildPage> Form(string? childId, string? reason, Dictionary<string, string> errors) =>
        new(new Dictionary<string, object?> { ["ChildId"] = childId, ["Reason"] = reason, ["Errors"] = errors })
        {
            StatusCode = errors.Count > 0 ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK,
        };
}
