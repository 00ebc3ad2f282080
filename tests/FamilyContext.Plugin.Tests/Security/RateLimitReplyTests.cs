using System.Net;
using System.Text.Json;
using FamilyContext.Plugin.Access;
using FamilyContext.Plugin.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace FamilyContext.Plugin.Tests.Security;

/// <summary>A refused-for-speed request is told so: a plain page for people, a JSON problem for API callers, and when to retry.</summary>
public sealed class RateLimitReplyTests : IDisposable
{
    private readonly PluginFactory _factory = new();

    public RateLimitReplyTests() => _factory.Settings["FamilyContext:RateLimits:AddressAttemptsPerMinute"] = "1";

    [Fact]
    public async Task Too_many_launches_from_one_address_get_a_plain_page_saying_to_wait()
    {
        using var browser = _factory.Browser();
        await browser.GetAsync(new Uri("/launch/demo?token=x", UriKind.Relative));

        var response = await browser.GetAsync(new Uri("/launch/demo?token=x", UriKind.Relative));
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<h1 class=\"govuk-heading-l\">Too many attempts</h1>", page, StringComparison.Ordinal);
        Assert.Contains("Wait a minute and try again.", page, StringComparison.Ordinal);
        Assert.Equal(TimeSpan.FromSeconds(60), response.Headers.RetryAfter?.Delta);
    }

    [Fact]
    public async Task An_API_caller_refused_for_speed_gets_a_JSON_problem()
    {
        using var client = _factory.CreateClient();
        var http = new DefaultHttpContext { RequestServices = _factory.Services };
        http.Request.Path = "/api/search/person";
        http.Response.Body = new MemoryStream();

        await RateLimitReplies.WriteAsync(http, CancellationToken.None);

        Assert.Equal(StatusCodes.Status429TooManyRequests, http.Response.StatusCode);
        Assert.Equal("application/problem+json", http.Response.ContentType);
        http.Response.Body.Position = 0;
        using var problem = await JsonDocument.ParseAsync(http.Response.Body);
        Assert.Equal("Too many attempts", problem.RootElement.GetProperty("title").GetString());
        Assert.Equal(429, problem.RootElement.GetProperty("status").GetInt32());
    }

    public void Dispose() => _factory.Dispose();
}
