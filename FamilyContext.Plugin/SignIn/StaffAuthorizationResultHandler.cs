using FamilyContext.Plugin.Audit;
using FamilyContext.Plugin.Layout;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace FamilyContext.Plugin.SignIn;

/// <summary>
/// A signed-in user without the role a staff page needs is refused with a plain 403 page, and the attempt is
/// audited and raises an alert. Anyone not signed in is sent to sign in as usual.
/// </summary>
internal sealed class StaffAuthorizationResultHandler(AuditTrail audit) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (!authorizeResult.Forbidden)
        {
            await _default.HandleAsync(next, context, policy, authorizeResult);
            return;
        }

        await audit.TryRecordAsync(new AuditEntry(AuditActions.StaffPageDenied, AuditOutcomes.Denied, StaffClaims.SubjectOf(context.User),
            Detail: context.Request.Path.Value is { Length: <= 200 } path ? path : "(long path)", Alert: true), context.RequestAborted);
        await ErrorReplies.Page(new PanelFailure(StatusCodes.Status403Forbidden, "You cannot use this page",
            "Your account does not have the role this page needs. This attempt has been recorded.",
            "Ask your team manager or information governance lead if you need access."), framed: false).ExecuteAsync(context);
    }
}
