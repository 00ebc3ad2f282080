using Microsoft.AspNetCore.OpenApi;

namespace FamilyContext.Plugin.Api;

/// <summary>
/// What machines are told about the service: <c>/openapi/v1.json</c> (generated: the panel API, launch and health) names
/// <c>/openapi/family-context-api.yaml</c> — the original API's description as the repository keeps it (docs/api), served
/// from the assembly — and the health probes (<c>Health/</c>).
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
        return app;
    }
}
