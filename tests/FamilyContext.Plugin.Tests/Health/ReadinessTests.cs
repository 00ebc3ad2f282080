using System.Net;
using System.Text.Json;
using FamilyContext.Plugin.Tests.Support;

namespace FamilyContext.Plugin.Tests.Health;

/// <summary>
/// The probes: liveness checks only the process; readiness checks the CMS, each database and the sources' freshness,
/// answers 503 when one is unhealthy and 200 when a source is merely stale, and never says anything about a person.
/// </summary>
public sealed class ReadinessTests
{
    private static readonly string[] Checks = ["cms", "redis", "store", "audit", "access", "match-review", "sources"];

    [Fact]
    public async Task Every_readiness_check_is_listed_and_healthy_when_everything_answers_and_liveness_says_Healthy()
    {
        using var factory = new PluginFactory { UseDemoCms = true };
        using var client = factory.Browser();

        var (status, json) = await ReadyAsync(client);
        var live = await client.GetAsync(new Uri("/health/live", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Healthy", json.GetProperty("status").GetString());
        Assert.Equal(Checks.Order(), json.GetProperty("checks").EnumerateObject().Select(c => c.Name).Order());
        Assert.All(Checks, c => Assert.Equal("Healthy", Check(json, c).GetProperty("status").GetString()));
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal("Healthy", await live.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_CMS_that_fails_makes_the_service_not_ready_but_still_alive_and_the_answer_names_no_person()
    {
        using var factory = new PluginFactory();
        factory.Cms.Add(People.Person("770001", "Marigold", "Quillfeather", new DateOnly(2017, 5, 6)));
        factory.Cms.FailWith = new HttpRequestException("Marigold Quillfeather could not be fetched from https://cms.example/secret");
        using var client = factory.Browser();

        var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        var live = await client.GetAsync(new Uri("/health/live", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        using var json = JsonDocument.Parse(body);
        Assert.Equal("Unhealthy", json.RootElement.GetProperty("status").GetString());
        Assert.Equal("Unhealthy", Check(json.RootElement, "cms").GetProperty("status").GetString());
        Assert.Equal("Healthy", Check(json.RootElement, "store").GetProperty("status").GetString());
        Assert.DoesNotContain("Marigold", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Quillfeather", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("secret", body, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.DoesNotContain(factory.Logs.Lines, m => m.Contains("Quillfeather", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_stale_source_is_Degraded_and_still_ready_with_each_source_s_freshness_reported()
    {
        using var factory = new PluginFactory { UseDemoCms = true };
        using var client = factory.Browser();
        var (freshStatus, fresh) = await ReadyAsync(client);

        factory.Time.Advance(TimeSpan.FromDays(400));
        var (staleStatus, stale) = await ReadyAsync(client);

        Assert.Equal(HttpStatusCode.OK, freshStatus);
        Assert.Equal("Fresh", Check(fresh, "sources").GetProperty("data").GetProperty("housing").GetString());
        Assert.Equal(HttpStatusCode.OK, staleStatus);
        Assert.Equal("Degraded", stale.GetProperty("status").GetString());
        var sources = Check(stale, "sources");
        Assert.Equal("Degraded", sources.GetProperty("status").GetString());
        Assert.All(new[] { "school", "housing", "police", "asc" }, s => Assert.Equal("Stale", sources.GetProperty("data").GetProperty(s).GetString()));
    }

    internal static async Task<(HttpStatusCode Status, JsonElement Json)> ReadyAsync(HttpClient client)
    {
        var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, document.RootElement.Clone());
    }

    internal static JsonElement Check(JsonElement report, string name) => report.GetProperty("checks").GetProperty(name);
}
