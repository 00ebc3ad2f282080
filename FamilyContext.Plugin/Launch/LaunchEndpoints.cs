using FamilyContext.Plugin.Access;
using FamilyContext.Plugin.Audit;
using FamilyContext.Plugin.Layout;
using FamilyContext.Plugin.SharedState;
using Microsoft.Extensions.Logging;

namespace FamilyContext.Plugin.Launch;

/// <summary>
/// <c>/launch/{cms}</c>: the CMS opens the panel here with a signed launch token (query string, or a form post
/// so the token stays out of URLs). A valid launch by a permitted worker makes a panel session and redirects to the
/// panel. Every launch is audited; every rejection also raises an alert.
/// </summary>
internal static partial class LaunchEndpoints
{
    public static IEndpointRouteBuilder MapLaunch(this IEndpointRouteBuilder app)
    {
        app.MapGet("/launch/{cms}", (string cms, string? token, HttpContext http, CancellationToken ct) => LaunchAsync(cms, token, http, ct))
            .RequireRateLimiting(AddressRateLimits.Policy)
            .WithName("Launch")
            .Describe("The CMS opens the panel with a signed, single-use launch token in the query string.");
        app.MapPost("/launch/{cms}", async (string cms, HttpContext http, CancellationToken ct) =>
        {
            IFormCollection? form;
            try
            {
                form = http.Request.HasFormContentType ? await http.Request.ReadFormAsync(ct) : null;
            }
            catch (Exception e) when (LaunchForm.IsUnreadable(e))
            {
                return await LaunchAsync(cms, null, http, ct, formUnreadable: true);
            }

            return await LaunchAsync(cms, form?["token"].ToString(), http, ct);
        })
        .DisableAntiforgery() // the CMS posts cross-site; the signed, single-use token is the protection here
        .RequireRateLimiting(AddressRateLimits.Policy)
        .WithName("LaunchByForm")
        .Describe("The CMS opens the panel by posting the launch token as the form field 'token' (so it stays out of URLs).");
        return app;
    }

    private static RouteHandlerBuilder Describe(this RouteHandlerBuilder route, string summary) => route
        .WithTags("Launch")
        .WithSummary(summary)
        .WithDescription("A good token by a permitted worker redirects (302) to /panel/{session}. Anything else is a plain HTML page: " +
            "400 (unknown CMS, unreadable token or form), 401 (bad signature, expired, replayed, wrong audience or issuer), 403 (not permitted), " +
            "429 (too many attempts from this address) or 503 (the audit trail, the shared session store or the CMS's published keys cannot be reached).")
        .Produces(StatusCodes.Status302Found)
        .Produces<string>(StatusCodes.Status400BadRequest, "text/html")
        .Produces<string>(StatusCodes.Status401Unauthorized, "text/html")
        .Produces<string>(StatusCodes.Status403Forbidden, "text/html")
        .Produces<string>(StatusCodes.Status429TooManyRequests, "text/html")
        .Produces<string>(StatusCodes.Status503ServiceUnavailable, "text/html");

    private static async Task<IResult> LaunchAsync(string cms, string? token, HttpContext http, CancellationToken ct, bool formUnreadable = false)
    {
        var services = http.RequestServices;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("FamilyContext.Launch");
        var audit = services.GetRequiredService<AuditTrail>();
        var safeCms = PersonIds.IsWellFormed(cms) ? cms : null;
        try
        {
            if (safeCms is null)
            {
                throw new LaunchRejectedException("unknown-cms", "The link names a system Family Context does not know.");
            }

            if (formUnreadable)
            {
                throw new LaunchRejectedException("malformed-form", "The form that opened Family Context is incomplete or damaged.");
            }

            var launch = await services.GetRequiredService<LaunchTokenValidator>().ValidateAsync(cms, token, ct);
            var decision = await services.GetRequiredService<AccessPolicy>().DecideAsync(launch.WorkerId, launch.Groups, ct);
            if (!decision.Permitted)
            {
                await audit.TryRecordAsync(new AuditEntry(AuditActions.AccessDenied, AuditOutcomes.Denied, launch.WorkerId, cms, launch.ChildId,
                    Detail: $"launch refused: {decision.Reason}", Alert: true), ct);
                NotPermitted(logger, cms, launch.Groups.Count == 0 ? "none" : string.Join(", ", launch.Groups), decision.Reason);
                return ErrorReplies.Page(PanelFailure.NotPermitted);
            }

            var session = await services.GetRequiredService<PanelSessionStore>().CreateAsync(http, launch, ct);
            // The worker's groups (teams, not people) let managers' reports count use by team.
            await audit.RecordAsync(new AuditEntry(AuditActions.LaunchAccepted, AuditOutcomes.Allowed, launch.WorkerId, cms, launch.ChildId,
                SessionId: session.Id, Detail: launch.Groups.Count > 0 ? System.Text.Json.JsonSerializer.Serialize(new { groups = launch.Groups }) : null), ct);
            Launched(logger, cms);
            return Results.Redirect($"/panel/{session.Id}");
        }
        catch (LaunchRejectedException e)
        {
            Rejected(logger, safeCms ?? "(malformed)", e.Reason);
            if (safeCms is not null && !string.IsNullOrWhiteSpace(token) && token.Length <= 8192)
            {
                // For the administrator, in the log only: what exactly is wrong (expected and received iss/aud, the unknown kid, the clock difference).
                RejectedBecause(logger, safeCms, LaunchTokenInspector.Refusals(await services.GetRequiredService<LaunchTokenInspector>().InspectAsync(safeCms, token, ct)));
            }

            await services.GetRequiredService<RefusalAudit>().RecordAsync(http,
                new AuditEntry(AuditActions.LaunchRejected, AuditOutcomes.Rejected, e.WorkerId, safeCms, e.ChildId, Detail: e.Reason, Alert: true), ct);
            var status = e.Reason is "unknown-cms" or "malformed" or "malformed-form" or "claims" ? StatusCodes.Status400BadRequest : StatusCodes.Status401Unauthorized;
            return ErrorReplies.Page(new PanelFailure(status, "Family Context could not open", e.Message,
                "Open the child's record in the case management system again. If this keeps happening, tell your system administrator."));
        }
        catch (AuditUnavailableException)
        {
            return ErrorReplies.Page(PanelFailure.AuditUnavailable);
        }
        catch (LaunchKeysUnavailableException)
        {
            KeysUnavailable(logger, safeCms!);
            await services.GetRequiredService<RefusalAudit>().RecordAsync(http,
                new AuditEntry(AuditActions.LaunchRejected, AuditOutcomes.Rejected, null, safeCms, Detail: "keys-unavailable", Alert: true), ct);
            return ErrorReplies.Page(PanelFailure.LaunchKeysUnavailable);
        }
        catch (SharedStateUnavailableException)
        {
            SharedStateDown(logger);
            // The token was signed and current, but its single use could not be checked: refused, and recorded as such.
            await services.GetRequiredService<RefusalAudit>().RecordAsync(http,
                new AuditEntry(AuditActions.LaunchRejected, AuditOutcomes.Rejected, null, safeCms, Detail: "shared-state-unavailable", Alert: true), ct);
            return ErrorReplies.Page(PanelFailure.SessionsUnavailable);
        }
    }

    [LoggerMessage(EventId = 1005, Level = LogLevel.Error, Message = "Launch refused: the shared session store could not be reached")]
    private static partial void SharedStateDown(ILogger logger);

    [LoggerMessage(EventId = 1007, Level = LogLevel.Error, Message = "Launch from {Cms} refused: its signing keys could not be fetched from its JsonWebKeySetUrl, and no earlier key set serves")]
    private static partial void KeysUnavailable(ILogger logger, string cms);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Panel launched from {Cms}")]
    private static partial void Launched(ILogger logger, string cms);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Warning, Message = "Launch from {Cms} rejected: {Reason}")]
    private static partial void Rejected(ILogger logger, string cms, string reason);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Warning, Message = "Launch from {Cms} refused: the worker is not permitted. Groups the token carried: {Groups}. The rules: {Decision}")]
    private static partial void NotPermitted(ILogger logger, string cms, string groups, string decision);

    [LoggerMessage(EventId = 1006, Level = LogLevel.Warning, Message = "Launch from {Cms} refused because: {Findings}")]
    private static partial void RejectedBecause(ILogger logger, string cms, string findings);
}
