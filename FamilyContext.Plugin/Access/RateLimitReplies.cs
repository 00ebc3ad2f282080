using System.Globalization;
using FamilyContext.Plugin.Audit;
using FamilyContext.Plugin.Layout;

namespace FamilyContext.Plugin.Access;

/// <summary>What a request refused by an address limit gets: a plain page, or a JSON problem under <c>/api</c>, and when to retry.</summary>
internal static class RateLimitReplies
{
    public static readonly PanelFailure TooManyAttempts = new(
        StatusCodes.Status429TooManyRequests, "Too many attempts",
        "There have been a lot of attempts from this address in a short time, so Family Context has paused for a moment.",
        "Wait a minute and try again.");

    public static async Task WriteAsync(HttpContext http, CancellationToken cancellationToken)
    {
        http.Response.StatusCode = TooManyAttempts.Status;
        http.Response.Headers.RetryAfter = 60.ToString(CultureInfo.InvariantCulture);
        var result = http.Request.Path.StartsWithSegments("/api")
            ? ErrorReplies.Problem(TooManyAttempts)
            : ErrorReplies.Page(TooManyAttempts, framed: http.Request.Path.StartsWithSegments("/launch"));
        await http.RequestServices.GetRequiredService<RefusalAudit>().RecordAsync(http,
            new AuditEntry(AuditActions.RateLimited, AuditOutcomes.Rejected, null, Detail: RequestNames.Describe(http)), cancellationToken);
        await result.ExecuteAsync(http);
    }
}
