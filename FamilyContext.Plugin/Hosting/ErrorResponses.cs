using FamilyContext.Plugin.Access;
using FamilyContext.Plugin.Audit;
using FamilyContext.Plugin.Launch;
using FamilyContext.Plugin.Layout;
using FamilyContext.Plugin.SignIn;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Logging;

namespace FamilyContext.Plugin.Hosting;

/// <summary>
/// What a person sees when a request fails: in every environment, for every method, a plain GOV.UK-style page (a JSON
/// problem under <c>/api</c>) — never a stack trace, the exception's message or the request's headers. A request the
/// service cannot read (a bad query value, a body that is not what the route takes) is a 400 that says so; anything
/// else is a 500 that says nothing was shown. The developer exception page is never used.
/// </summary>
internal static partial class ErrorResponses
{
    public static readonly PanelFailure BadRequest = new(
        StatusCodes.Status400BadRequest, "That request is not valid",
        "Part of the request is not in a form Family Context accepts, so nothing has been shown.",
        "Go back and try again. If you followed a link, open it again from where you found it.");

    public static readonly PanelFailure ServerError = new(
        StatusCodes.Status500InternalServerError, "Sorry, there is a problem with Family Context",
        "Something went wrong and nothing has been shown.", "Try again in a few minutes.");

    /// <summary>Binding failures (e.g. <c>/demo?offset=abc</c>) throw in every environment, so they reach the handler and get a plain page, not an empty 400.</summary>
    public static IServiceCollection AddErrorResponses(this IServiceCollection services) =>
        services.PostConfigure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);

    public static IApplicationBuilder UseErrorResponses(this IApplicationBuilder app)
    {
        return app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandler = WriteAsync,
            // A bad request is the caller's fault, and its message quotes what was sent: it is not logged as an error.
            SuppressDiagnosticsCallback = c => Classify(c.HttpContext, c.Exception).Status < 500,
        });
    }

    /// <summary>The failure to show for an exception that escaped an endpoint.</summary>
    public static PanelFailure Classify(HttpContext http, Exception exception) => exception switch
    {
        BadHttpRequestException { StatusCode: >= 400 and < 500 } bad => BadRequest with { Status = bad.StatusCode },
        _ when http.Request.HasFormContentType && LaunchForm.IsUnreadable(exception) => BadRequest,
        _ => ServerError,
    };

    private static async Task WriteAsync(HttpContext http)
    {
        var feature = http.Features.Get<IExceptionHandlerFeature>();
        var exception = feature?.Error;
        var failure = exception is null ? ServerError : Classify(http, exception);
        var logger = http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("FamilyContext.Errors");
        if (failure.Status >= 500)
        {
            Failed(logger, http.Request.Method, exception?.GetType().Name ?? "unknown");
        }
        else
        {
            Refused(logger, http.Request.Method, failure.Status);
        }

        var action = failure.Status >= 500 ? AuditActions.RequestFailed
            : exception?.InnerException is AntiforgeryValidationException || http.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false } ? AuditActions.CsrfRejected
            : AuditActions.RequestRejected;
        await http.RequestServices.GetRequiredService<RefusalAudit>().RecordAsync(http,
            new AuditEntry(action, AuditOutcomes.Rejected, StaffClaims.SubjectOf(http.User), Detail: RequestNames.Describe(http, feature?.Endpoint),
                Alert: action != AuditActions.RequestRejected),
            CancellationToken.None);

        http.Response.StatusCode = failure.Status;
        if (HttpMethods.IsHead(http.Request.Method))
        {
            return;
        }

        var result = http.Request.Path.StartsWithSegments("/api")
            ? Results.Problem(title: failure.Title, detail: $"{failure.Message} {failure.NextStep}".Trim(), statusCode: failure.Status)
            : ErrorReplies.Page(failure, framed: http.Request.Path.StartsWithSegments("/panel") || http.Request.Path.StartsWithSegments("/launch"));
        await result.ExecuteAsync(http);
    }

    [LoggerMessage(EventId = 9001, Level = LogLevel.Error, Message = "A {Method} request failed ({ExceptionType}); a plain error page was shown")]
    private static partial void Failed(ILogger logger, string method, string exceptionType);

    [LoggerMessage(EventId = 9002, Level = LogLevel.Information, Message = "A {Method} request could not be read; answered {Status}")]
    private static partial void Refused(ILogger logger, string method, int status);
}
