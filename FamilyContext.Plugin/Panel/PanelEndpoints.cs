using FamilyContext.Plugin.Layout;
using FamilyContext.Plugin.Launch;
using Microsoft.AspNetCore.Http.HttpResults;
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

        app.MapGet("/panel/{sessionId}/people/{personId}/services/{serviceId}",
            async (string sessionId, string personId, string serviceId, HttpContext http, PanelQueries queries, CancellationToken ct) =>
            {
                var (session, outcome) = await queries.DetailAsync(http, sessionId, personId, serviceId, ct);
                return outcome.Succeeded
                    ? Page<DetailPage>(new() { ["View"] = outcome.Value, ["SessionId"] = sessionId, ["DemoBanner"] = IsDemo(http, session) })
                    : ErrorReplies.Page(outcome.Failure);
            }).WithName("DetailPage").ExcludeFromDescription();
        return app;
    }

    private static RazorComponentResult<T> Page<T>(Dictionary<string, object?> parameters)
        where T : Microsoft.AspNetCore.Components.IComponent => new(parameters);

    /// <summary>Whether the panel carries the demo banner: its session came from a system named in <see cref="PanelOptions.DemoBannerSystems"/>.</summary>
    public static bool IsDemo(HttpContext http, PanelSession? session) =>
        session is not null && http.RequestServices.GetRequiredService<IOptions<PanelOptions>>().Value.DemoBannerSystems.Contains(session.Cms);
}
