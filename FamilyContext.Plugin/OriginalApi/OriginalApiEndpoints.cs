using FamilyContext.Plugin.Abstractions;
using FamilyContext.Plugin.Lookup;
using FamilyContext.Plugin.Services;
using Microsoft.Extensions.Options;

namespace FamilyContext.Plugin.OriginalApi;

/// <summary>
/// The original Family Context API (shared/reference/family-context-api.yaml), served from the plugin when enabled.
/// Unlike the original: related people are implemented, an unknown person is 404, search is paged, every call is
/// logged with its client, and a source that could not be checked is never reported as holding no records.
/// </summary>
internal static class OriginalApiEndpoints
{
    public static IEndpointRouteBuilder MapOriginalApi(this IEndpointRouteBuilder app)
    {
        if (!app.ServiceProvider.GetRequiredService<IOptions<OriginalApiOptions>>().Value.Enabled)
        {
            return app;
        }

        var api = app.MapGroup("/api").AddEndpointFilter<OriginalApiKeyFilter>().WithTags("Original Family Context API").ExcludeFromDescription();

        api.MapGet("/auth/status", (HttpContext http) =>
            Results.Ok(new { id = OriginalApiKeyFilter.Client(http), name = OriginalApiKeyFilter.Client(http), status = "authenticated" }));

        api.MapMethods("/search/person", [HttpMethods.Head], (ICmsAdapter cms) =>
            cms is Cms.ICmsPersonSearch ? Results.Ok() : Results.StatusCode(StatusCodes.Status501NotImplemented));
        api.MapPost("/search/person", OriginalApiQueries.SearchAsync);

        api.MapGet("/person/detail/{personId}", OriginalApiQueries.PersonAsync);
        api.MapGet("/person/detail/{personId}/service", OriginalApiQueries.ServicesAsync);
        api.MapGet("/person/detail/{personId}/service/{serviceType}", OriginalApiQueries.ServiceAsync);
        // Routing ignores the trailing slash the YAML writes, so this serves both spellings.
        api.MapGet("/person/related/{personId}/", OriginalApiQueries.RelatedAsync);
        api.MapMethods("/person/related/{personId}/", [HttpMethods.Head], () => Results.Ok());

        return app;
    }
}
