using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FamilyContext.Plugin.Api;

/// <summary>
/// What machines are told about the service: <c>/openapi/v1.json</c> (generated: the panel API, launch and health) names
/// <c>/openapi/family-context-api.yaml</c> — the original API's description as the repository keeps it (docs/api), served
/// from the assembly — and <c>/health</c>.
/// </summary>
internal static class ApiDescriptions
{
    public const string OriginalApiPath = "/openapi/family-context-api.yaml";
    private const string ResourceName = "family-context-api.yaml";

    private static readonly Lazy<string> OriginalApiYaml = new(() =>
    {
        using var stream = typeof(ApiDescriptions).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    public static void Configure(OpenApiOptions options) => options.AddDocumentTransformer((document, _, _) =>
    {
        document.Info.Description =
            "The Family Context panel's machine-facing routes: the CMS launch, the panel JSON API and health. " +
            $"The original Family Context API (under /api/search and /api/person, for configured client systems) is described in {OriginalApiPath}.";
        return Task.CompletedTask;
    });

    public static IEndpointRouteBuilder MapApiDescriptions(this IEndpointRouteBuilder app)
    {
        app.MapOpenApi();
        app.MapGet(OriginalApiPath, () => Results.Text(OriginalApiYaml.Value, "application/yaml")).ExcludeFromDescription();
        app.MapGet("/health", async (HealthCheckService health, CancellationToken ct) =>
            {
                // Liveness only: readiness checks (the CMS) must not get a running service restarted.
                var report = await health.CheckHealthAsync(r => !r.Tags.Contains(Cms.CmsHealthCheck.ReadyTag), ct);
                return Results.Text(report.Status.ToString(), "text/plain",
                    statusCode: report.Status == HealthStatus.Unhealthy ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status200OK);
            })
            .WithName("Health")
            .WithTags("Health")
            .WithSummary("Liveness: 200 and \"Healthy\" while the service runs; 503 and \"Unhealthy\" otherwise.")
            .Produces<string>(StatusCodes.Status200OK, "text/plain")
            .Produces<string>(StatusCodes.Status503ServiceUnavailable, "text/plain");
        return app;
    }
}
