using System.Net;
using System.Security.Cryptography;
using System.Text;
using FamilyContext.Plugin.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyContext.Plugin.Tests.Security;

/// <summary>
/// Every mapped route, with malformed path and query values, other methods and bodies that cannot be read, in the
/// environments a person can reach: never a 500, never a stack trace.
/// </summary>
public sealed class RouteFuzzTests
{
    private const string ApiKey = "fuzz-client-key";

    private static readonly string[] BadValues = ["abc", "-1", "%01", "a%0Ab", "..%2F..%2Fetc", "%3Cscript%3E", "99999999999999999999", new string('x', 3000), "%F0%28%8C%BC"];

    private static readonly string BadQuery = "?offset=abc&q=%00&token=a.b.c&from=not-a-date&to=31%2F02%2F2026&limit=-5&user=%0A&child=%3Cx%3E&returnUrl=%2F%2Fevil.example&page=x&state=%00";

    private static readonly string[] Methods = ["GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"];

    public static TheoryData<string> Environments() => ["Development", "Production"];

    [Theory]
    [MemberData(nameof(Environments))]
    public async Task No_route_answers_malformed_input_with_a_500_or_a_stack_trace(string environment)
    {
        using var factory = new PluginFactory { EnvironmentName = environment, UseDemoCms = true };
        factory.Settings["FamilyContext:OriginalApi:Enabled"] = "true";
        factory.Settings["FamilyContext:OriginalApi:Clients:fuzz:KeySha256"] = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(ApiKey)));
        // The address limit is tested elsewhere; here it would hide the routes behind 429s.
        factory.Settings["FamilyContext:RateLimits:AddressAttemptsPerMinute"] = "100000";
        factory.Settings["FamilyContext:RateLimits:WorkerRequestsPerMinute"] = "100000";
        using var browser = factory.Browser();
        var session = await factory.LaunchAsync(browser, (await factory.Services.GetRequiredService<FamilyContext.Plugin.Demo.DemoCmsDatabase>().ChildrenAsync(CancellationToken.None))[0].Id);
        var failures = new List<string>();
        var requests = 0;

        foreach (var route in Routes(factory))
        {
            foreach (var path in Paths(route, session))
            {
                foreach (var method in Methods)
                {
                    foreach (var (name, body) in Bodies(method))
                    {
                        foreach (var withKey in new[] { false, true })
                        {
                            using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path + BadQuery, UriKind.Relative)) { Content = body() };
                            if (withKey)
                            {
                                request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", ApiKey);
                            }

                            request.Headers.TryAddWithoutValidation("Cookie", "fc-probe=secret-cookie-value");
                            using var response = await browser.SendAsync(request);
                            var text = await response.Content.ReadAsStringAsync();
                            requests++;
                            if (response.StatusCode == HttpStatusCode.InternalServerError || LooksLikeAStackTrace(text))
                            {
                                failures.Add($"{method} {path[..Math.Min(path.Length, 80)]} ({name}, key: {withKey}) → {(int)response.StatusCode}: {text[..Math.Min(text.Length, 200)]}");
                            }
                        }
                    }
                }
            }
        }

        Assert.True(requests > 1000, $"only {requests} requests were made");
        Assert.True(failures.Count == 0, $"{failures.Count} of {requests} requests failed:\n" + string.Join('\n', failures.Take(40)));
    }

    [Theory]
    [MemberData(nameof(Environments))]
    public async Task A_bad_query_value_is_a_400_with_a_plain_message(string environment)
    {
        using var factory = new PluginFactory { EnvironmentName = environment, UseDemoCms = true };
        using var browser = factory.Browser();

        var response = await browser.GetAsync(new Uri("/demo?offset=abc", UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("not in a form Family Context accepts", text, StringComparison.Ordinal);
        Assert.False(LooksLikeAStackTrace(text), text);
    }

    [Theory]
    [MemberData(nameof(Environments))]
    public async Task The_original_API_refuses_a_caller_without_a_key_before_reading_the_body(string environment)
    {
        using var factory = new PluginFactory { EnvironmentName = environment };
        factory.Settings["FamilyContext:OriginalApi:Enabled"] = "true";
        factory.Settings["FamilyContext:OriginalApi:Clients:fuzz:KeySha256"] = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(ApiKey)));
        using var client = factory.CreateClient();

        using var body = new StringContent("{\"firstName\": [", Encoding.UTF8, "application/json");
        var response = await client.PostAsync(new Uri("/api/search/person", UriKind.Relative), body);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Environments))]
    public async Task A_crash_behind_any_method_gets_a_plain_page_and_a_problem_for_API_routes(string environment)
    {
        using var factory = new PluginFactory
        {
            EnvironmentName = environment,
            ConfigureServices = s => s.AddSingleton<IStartupFilter>(new ThrowingRoutes()),
        };
        using var client = factory.Browser();

        foreach (var method in Methods.Where(m => m != "HEAD"))
        {
            var page = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), new Uri("/crash", UriKind.Relative)));
            var api = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), new Uri("/api/crash", UriKind.Relative)));
            var pageText = await page.Content.ReadAsStringAsync();

            Assert.Equal(HttpStatusCode.InternalServerError, page.StatusCode);
            Assert.Contains("Sorry, there is a problem with Family Context", pageText, StringComparison.Ordinal);
            Assert.False(LooksLikeAStackTrace(pageText), pageText);
            Assert.DoesNotContain("secret detail", pageText, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.InternalServerError, api.StatusCode);
            Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
            Assert.DoesNotContain("secret detail", await api.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    private static bool LooksLikeAStackTrace(string text) =>
        text.Contains("Exception", StringComparison.Ordinal) || text.Contains("   at ", StringComparison.Ordinal) ||
        text.Contains(".cs:line", StringComparison.Ordinal) || text.Contains("secret-cookie-value", StringComparison.Ordinal);

    private static IEnumerable<RoutePattern> Routes(PluginFactory factory) =>
        factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => e.RoutePattern)
            .DistinctBy(p => p.RawText);

    private static IEnumerable<string> Paths(RoutePattern route, string session)
    {
        if (route.Parameters.Count == 0)
        {
            yield return Path(route, _ => "");
            yield break;
        }

        foreach (var bad in BadValues)
        {
            yield return Path(route, p => p == "sessionId" ? session : bad);
            yield return Path(route, _ => bad);
        }
    }

    private static string Path(RoutePattern route, Func<string, string> value)
    {
        var segments = route.PathSegments.Select(s => string.Concat(s.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternParameterPart parameter => value(parameter.Name),
            RoutePatternSeparatorPart separator => separator.Content,
            _ => "",
        })));
        return "/" + string.Join('/', segments);
    }

    private static IEnumerable<(string Name, Func<HttpContent?> Body)> Bodies(string method)
    {
        yield return ("none", () => null);
        if (method is "GET" or "HEAD" or "OPTIONS")
        {
            yield break;
        }

        yield return ("bad json", () => new StringContent("{\"firstName\": [1, {", Encoding.UTF8, "application/json"));
        yield return ("json array", () => new StringContent("[]", Encoding.UTF8, "application/json"));
        yield return ("missing boundary", () => Raw("--\r\n", "multipart/form-data; boundary="));
        yield return ("utf-7 form", () => Raw("token=+AGEAYgBj-&kind=User", "application/x-www-form-urlencoded; charset=utf-7"));
        yield return ("too many fields", () => Raw(string.Join('&', Enumerable.Range(0, 1100).Select(i => $"f{i}=x")), "application/x-www-form-urlencoded"));
        yield return ("wrong type", () => Raw("<x/>", "application/xml"));
    }

    private static ByteArrayContent Raw(string text, string contentType)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        return content;
    }

    /// <summary>Adds routes that crash (with a message that must never be shown), behind the service's own pipeline.</summary>
    private sealed class ThrowingRoutes : IStartupFilter
    {
        public Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> Configure(Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Use(next => context =>
                context.Request.Path.StartsWithSegments("/crash") || context.Request.Path.StartsWithSegments("/api/crash")
                    ? throw new InvalidOperationException("secret detail")
                    : next(context));
        };
    }
}
