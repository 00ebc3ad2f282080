using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using FamilyContext.Plugin.Tests.Support;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyContext.Plugin.Tests.Api;

/// <summary>
/// Every machine-facing route is described: the service's own in <c>/openapi/v1.json</c>, the original API in the
/// repository's own copy of its description (docs/api), served beside it.
/// </summary>
public sealed class ApiDescriptionTests : IDisposable
{
    private readonly PluginFactory _factory = new();

    public ApiDescriptionTests()
    {
        _factory.Settings["FamilyContext:OriginalApi:Enabled"] = "true";
        _factory.Settings["FamilyContext:OriginalApi:Clients:x:KeySha256"] = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes("k")));
    }

    [Theory]
    [InlineData("/launch/{cms}", "get")]
    [InlineData("/launch/{cms}", "post")]
    [InlineData("/health", "get")]
    [InlineData("/health/live", "get")]
    [InlineData("/health/ready", "get")]
    [InlineData("/api/v1/panel/{sessionId}", "get")]
    [InlineData("/api/v1/panel/{sessionId}/people/{personId}/services/{serviceId}", "get")]
    public async Task The_OpenAPI_document_describes_each_machine_facing_route(string path, string method)
    {
        using var client = _factory.CreateClient();

        using var document = JsonDocument.Parse(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));

        Assert.True(document.RootElement.GetProperty("paths").TryGetProperty(path, out var item), $"{path} is not described");
        Assert.True(item.TryGetProperty(method, out _), $"{method} {path} is not described");
    }

    [Fact]
    public async Task The_OpenAPI_document_points_to_the_original_API_description_which_is_served_as_kept_in_the_repository()
    {
        using var client = _factory.CreateClient();

        var json = await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        var yaml = await client.GetAsync(new Uri("/openapi/family-context-api.yaml", UriKind.Relative));

        Assert.Contains("/openapi/family-context-api.yaml", json, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, yaml.StatusCode);
        Assert.Equal("application/yaml", yaml.Content.Headers.ContentType?.MediaType);
        Assert.Equal(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "family-context-api.yaml")), await yaml.Content.ReadAsStringAsync());
    }

    [Fact]
    public void Every_original_API_route_the_service_maps_is_in_its_description()
    {
        var contract = OpenApiContract.Load();
        var routes = _factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Where(p => p.StartsWith("/api/", StringComparison.Ordinal) && !p.StartsWith("/api/v1/", StringComparison.Ordinal))
            .Distinct()
            .ToList();

        Assert.NotEmpty(routes);
        Assert.All(routes, r => Assert.True(contract.Describes(r), $"{r} is not in docs/api/family-context-api.yaml"));
    }

    public void Dispose() => _factory.Dispose();
}
