using FamilyContext.Plugin.Layout;
using FamilyContext.Plugin.Panel;

namespace FamilyContext.Plugin.Api;

/// <summary>The JSON API the panel offers: the same two questions as the pages, for scripts and other front ends.</summary>
internal static class PanelApiEndpoints
{
    public static IEndpointRouteBuilder MapPanelApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/panel").WithTags("Panel");

        api.MapGet("/{sessionId}", async (string sessionId, HttpContext http, PanelQueries queries, CancellationToken ct) =>
        {
            var (_, outcome) = await queries.PanelAsync(http, sessionId, ct);
            return outcome.Succeeded ? Results.Ok(outcome.Value) : ErrorReplies.Problem(outcome.Failure);
        })
        .WithName("GetPanel")
        .WithSummary("The closed view for the child this panel session was launched for.")
        .Produces<PanelView>()
        .ProducesProblem(StatusCodes.Status401Unauthorized)
        .ProducesProblem(StatusCodes.Status403Forbidden)
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        api.MapGet("/{sessionId}/people/{personId}/services/{serviceId}",
            async (string sessionId, string personId, string serviceId, HttpContext http, PanelQueries queries, CancellationToken ct) =>
            {
                var (_, outcome) = await queries.DetailAsync(http, sessionId, personId, serviceId, ct);
                return outcome.Succeeded ? Results.Ok(outcome.Value) : ErrorReplies.Problem(outcome.Failure);
            })
        .WithName("GetServiceDetail")
        .WithSummary("One linked person's involvement with one service, with the practitioner's contact details.")
        .Produces<DetailView>()
        .ProducesProblem(StatusCodes.Status400BadRequest)
        .ProducesProblem(StatusCodes.Status401Unauthorized)
        .ProducesProblem(StatusCodes.Status403Forbidden)
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return app;
    }
}
