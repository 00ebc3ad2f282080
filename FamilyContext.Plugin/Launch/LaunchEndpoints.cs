using FamilyContext.Plugin.Panel;
using Microsoft.Extensions.Logging;

namespace FamilyContext.Plugin.Launch;

/// <summary>
/// <c>/launch/{cms}</c>: the CMS opens the panel here with a signed launch token (query string, or a form post
/// so the token stays out of URLs). A valid launch makes a panel session and redirects to the panel.
/// </summary>
internal static partial class LaunchEndpoints
{
    public static IEndpointRouteBuilder MapLaunch(this IEndpointRouteBuilder app)
    {
        app.MapGet("/launch/{cms}", (string cms, string? token, HttpContext http, CancellationToken ct) => LaunchAsync(cms, token, http, ct))
            .ExcludeFromDescription();
        app.MapPost("/launch/{cms}", async (string cms, HttpContext http, CancellationToken ct) =>
        {
            var form = http.Request.HasFormContentType ? await http.Request.ReadFormAsync(ct) : null;
            return await LaunchAsync(cms, form?["token"].ToString(), http, ct);
        })
        .DisableAntiforgery() // the CMS posts cross-site; the signed, single-use token is the protection here
        .ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> LaunchAsync(string cms, string? token, HttpContext http, CancellationToken ct)
    {
        var services = http.RequestServices;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("FamilyContext.Launch");
        if (!PersonIds.IsWellFormed(cms))
        {
            return PanelEndpoints.Error(new PanelFailure(StatusCodes.Status400BadRequest, "Family Context could not open",
                "The link names a system Family Context does not know."));
        }

        try
        {
            var launch = await services.GetRequiredService<LaunchTokenValidator>().ValidateAsync(cms, token, ct);
            var session = await services.GetRequiredService<PanelSessionStore>().CreateAsync(http, launch, ct);
            Launched(logger, cms);
            return Results.Redirect($"/panel/{session.Id}");
        }
        catch (LaunchRejectedException e)
        {
            Rejected(logger, cms, e.Reason);
            var status = e.Reason is "unknown-cms" or "malformed" or "claims" ? StatusCodes.Status400BadRequest : StatusCodes.Status401Unauthorized;
            return PanelEndpoints.Error(new PanelFailure(status, "Family Context could not open", e.Message,
                "Open the child's record in the case management system again. If this keeps happening, tell your system administrator."));
        }
    }

    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Panel launched from {Cms}")]
    private static partial void Launched(ILogger logger, string cms);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Warning, Message = "Launch from {Cms} rejected: {Reason}")]
    private static partial void Rejected(ILogger logger, string cms, string reason);
}
