using FamilyContext.Plugin.Abstractions;
using FamilyContext.Plugin.Lookup;
using FamilyContext.Plugin.Services;
using Microsoft.Extensions.Options;

namespace FamilyContext.Plugin.OriginalApi;

/// <summary>
/// The original Family Context API (docs/api/family-context-api.yaml, served at /openapi/family-context-api.yaml), served from the plugin when enabled.
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
            cms is ICmsPersonSearch ? Results.Ok() : Results.StatusCode(StatusCodes.Status501NotImplemented));
        // The body is read inside the handler, so the key filter has refused a caller without a key before any of it is parsed.
        api.MapPost("/search/person", async (HttpContext http, ICmsAdapter cms, Audit.AuditTrail audit, IOptions<OriginalApiOptions> options,
                Microsoft.Extensions.Logging.ILogger<OriginalApiOptions> logger, CancellationToken ct) =>
            await ReadQueryAsync(http, ct) is { } query
                ? await OriginalApiQueries.SearchAsync(query, http, cms, audit, options, logger, ct)
                : Results.Problem(title: "Search needs a JSON PersonQuery", detail: "Send firstName and lastName (and optionally dateOfBirth, yyyy-MM-dd) as a JSON object.",
                    statusCode: StatusCodes.Status400BadRequest))
            .Accepts<PersonQueryDocument>("application/json");

        api.MapGet("/person/detail/{personId}", OriginalApiQueries.PersonAsync);
        api.MapGet("/person/detail/{personId}/service", OriginalApiQueries.ServicesAsync);
        api.MapGet("/person/detail/{personId}/service/{serviceType}", OriginalApiQueries.ServiceAsync);
        // Routing ignores the trailing slash the YAML writes, so this serves both spellings.
        api.MapGet("/person/related/{personId}/", OriginalApiQueries.RelatedAsync);
        api.MapMethods("/person/related/{personId}/", [HttpMethods.Head], () => Results.Ok());

        return app;
    }

    private static async Task<PersonQueryDocument?> ReadQueryAsync(HttpContext http, CancellationToken ct)
    {
        if (!http.Request.HasJsonContentType())
        {
            return null;
        }

        try
        {
            return await http.Request.ReadFromJsonAsync<PersonQueryDocument>(ct);
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or BadHttpRequestException or InvalidOperationException or NotSupportedException)
        {
            return null;
        }
    }
}
