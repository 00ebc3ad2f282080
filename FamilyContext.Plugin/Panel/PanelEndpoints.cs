using FamilyContext.Plugin.Layout;
using FamilyContext.Plugin.Launch;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace FamilyContext.Plugin.Panel;

/// <summary>The panel's server-rendered pages: the closed view and each detail. They work with JavaScript off.</summary>
internal static class PanelEndpoints
{
    public static IEndpointRouteBuilder MapPanel(this IEndpointRouteBuilder app)
    {
        app.MapGet("/panel/{sessionId}", async (string sessionId, HttpContext http, PanelQueries queries, CancellationToken ct) =>
        {
            var (session, outcome) = await queries.PanelAsync(http, sessionId, ct);
            return outcome.Succeeded
                ? Page<PanelPage>(new() { ["View"] = outcome.Value, ["SessionId"] = sessionId, ["DemoBanner"] = IsDemo(http, session) })
                : ErrorReplies.Page(outcome.Failure);
        }).WithName("PanelPage").ExcludeFromDescription();

        app.MapGet("/panel/{sessionId}/note", async (string sessionId, HttpContext http, PanelQueries queries, CancellationToken ct) =>
        {
            var (session, outcome) = await queries.NoteAsync(http, sessionId, ct);
            return outcome.Succeeded
                ? Page<CaseNotePage>(new() { ["View"] = outcome.Value, ["SessionId"] = sessionId, ["DemoBanner"] = IsDemo(http, session) })
                : ErrorReplies.Page(outcome.Failure);
        }).WithName("CaseNotePage").ExcludeFromDescription();

        app.MapGet("/panel/{sessionId}/print", async (string sessionId, HttpContext http, PanelQueries queries, CancellationToken ct) =>
        {
            var (session, outcome) = await queries.PrintAsync(http, sessionId, ct);
            return outcome.Succeeded
                ? Page<PrintPage>(new() { ["View"] = outcome.Value, ["SessionId"] = sessionId, ["DemoBanner"] = IsDemo(http, session) })
                : ErrorReplies.Page(outcome.Failure);
        }).WithName("PrintPage").ExcludeFromDescription();

        app.MapGet("/panel/{sessionId}/people/{personId}/services/{serviceId}",
            (string sessionId, string personId, string serviceId, HttpContext http, PanelQueries queries, CancellationToken ct) =>
                DetailAsync(sessionId, personId, serviceId, null, http, queries, ct)).WithName("DetailPage").ExcludeFromDescription();

        // A sharing rule's reason is posted, never put in a link: it may hold personal details.
        app.MapPost("/panel/{sessionId}/people/{personId}/services/{serviceId}",
            (string sessionId, string personId, string serviceId, [FromForm] string? reason, HttpContext http, PanelQueries queries, CancellationToken ct) =>
                DetailAsync(sessionId, personId, serviceId, reason ?? "", http, queries, ct)).ExcludeFromDescription();
        return app;
    }

    /// <summary>
    /// A detail page, or the question a sharing rule asks first: the reason (<paramref name="reason"/> null: not asked yet;
    /// otherwise what the worker posted, shown again with an error when it cannot be taken).
    /// </summary>
    private static async Task<IResult> DetailAsync(string sessionId, string personId, string serviceId, string? reason, HttpContext http, PanelQueries queries, CancellationToken ct)
    {
        var (session, outcome) = await queries.DetailAsync(http, sessionId, personId, serviceId, reason, ct);
        if (outcome.Failure == SharingFailures.ReasonRequired)
        {
            var page = Page<ReasonPage>(new() { ["SessionId"] = sessionId, ["PersonId"] = personId, ["ServiceId"] = serviceId, ["Entered"] = reason, ["DemoBanner"] = IsDemo(http, session) });
            page.StatusCode = reason is null ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest;
            return page;
        }

        return outcome.Succeeded
            ? Page<DetailPage>(new() { ["View"] = outcome.Value, ["SessionId"] = sessionId, ["DemoBanner"] = IsDemo(http, session) })
            : ErrorReplies.Page(outcome.Failure);
    }

    private static RazorComponentResult<T> Page<T>(Dictionary<string, object?> parameters)
        where T : Microsoft.AspNetCore.Components.IComponent => new(parameters);

    /// <summary>Whether the panel carries the demo banner: its session came from a system named in <see cref="PanelOptions.DemoBannerSystems"/>.</summary>
    public static bool IsDemo(HttpContext http, PanelSession? session) =>
        session is not null && http.RequestServices.GetRequiredService<IOptions<PanelOptions>>().Value.DemoBannerSystems.Contains(session.Cms);
}
