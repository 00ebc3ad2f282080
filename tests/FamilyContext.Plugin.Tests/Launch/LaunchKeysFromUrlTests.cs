using System.Net;
using FamilyContext.Plugin.Tests.Support;

namespace FamilyContext.Plugin.Tests.Launch;

/// <summary>
/// A CMS's keys read from its JWKS URL over real HTTP: a rotated key is fetched when a token first names it, unknown key
/// ids refresh at most once per interval, the last good keys serve through an outage, and a launch whose keys cannot be
/// fetched gets the clean 503 page, never a 500.
/// </summary>
public sealed class LaunchKeysFromUrlTests : IAsyncLifetime
{
    private const string ChildId = "880101";
    private readonly JwksServer _jwks = new();

    public Task InitializeAsync() => _jwks.StartAsync();

    public Task DisposeAsync() => _jwks.DisposeAsync().AsTask();

    private static PluginFactory Instance(string refreshInterval = "00:00:01")
    {
        var factory = new PluginFactory();
        factory.Settings["FamilyContext:Launch:KeyRefreshInterval"] = refreshInterval;
        factory.Cms.Add(People.Person(ChildId, "Juniper", "Keyes", new DateOnly(2016, 2, 3)));
        return factory;
    }

    /// <summary>The CMS's first key generation, served from the JWKS URL. Made after any other issuer, whose keys would be configured as text.</summary>
    private TestLaunchIssuer Served(PluginFactory factory)
    {
        var issuer = new TestLaunchIssuer(factory);
        issuer.ServeKeysFrom(_jwks.Url);
        _jwks.Document = issuer.Jwks;
        return issuer;
    }

    private static Task<HttpResponseMessage> LaunchAsync(HttpClient browser, TestLaunchIssuer issuer) =>
        TestLaunchIssuer.LaunchAsync(browser, issuer.Sign(issuer.Claims(ChildId)));

    [Fact]
    public async Task A_rotated_key_is_fetched_when_a_token_first_names_it()
    {
        using var factory = Instance();
        using var after = new TestLaunchIssuer(factory, keyGeneration: 2);
        using var before = Served(factory);
        using var browser = factory.Browser();

        var first = await LaunchAsync(browser, before);
        var again = await LaunchAsync(browser, before);
        var fetchesBeforeRotation = _jwks.Fetches;
        _jwks.Document = after.Jwks;
        var rotated = await LaunchAsync(browser, after);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(1, fetchesBeforeRotation);
        Assert.Equal(HttpStatusCode.Redirect, rotated.StatusCode);
        Assert.Equal(2, _jwks.Fetches);
    }

    [Fact]
    public async Task Tokens_naming_unknown_key_ids_refresh_the_keys_at_most_once_per_interval()
    {
        using var factory = Instance(refreshInterval: "00:10:00");
        using var stranger = new TestLaunchIssuer(factory, keyGeneration: 9);
        using var known = Served(factory);
        using var browser = factory.Browser();

        Assert.Equal(HttpStatusCode.Redirect, (await LaunchAsync(browser, known)).StatusCode);
        var refused = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            refused.Add((await LaunchAsync(browser, stranger)).StatusCode);
        }

        Assert.All(refused, s => Assert.Equal(HttpStatusCode.Unauthorized, s));
        Assert.Equal(2, _jwks.Fetches);
        factory.Time.Advance(TimeSpan.FromMinutes(11));
        // The key library keeps its own floor of one second between refreshes, on the machine's clock.
        await Task.Delay(TimeSpan.FromSeconds(1.2));
        await LaunchAsync(browser, stranger);
        Assert.Equal(3, _jwks.Fetches);
    }

    [Fact]
    public async Task During_an_outage_the_last_good_keys_still_open_panels_and_an_unknown_key_gets_the_clean_503_page()
    {
        using var factory = Instance();
        using var rotated = new TestLaunchIssuer(factory, keyGeneration: 2);
        using var issuer = Served(factory);
        using var browser = factory.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await LaunchAsync(browser, issuer)).StatusCode);

        _jwks.Failing = true;
        var known = await LaunchAsync(browser, issuer);
        var unknown = await LaunchAsync(browser, rotated);
        var page = await unknown.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Redirect, known.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, unknown.StatusCode);
        Assert.Contains("could not fetch the keys", page, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", page, StringComparison.Ordinal);
        Assert.Contains(await factory.AuditAsync(), r => r.Detail == "keys-unavailable" && r.Alert);
    }

    [Fact]
    public async Task When_the_keys_were_never_fetched_and_the_URL_fails_the_launch_gets_the_clean_503_page()
    {
        using var factory = Instance();
        using var issuer = Served(factory);
        _jwks.Failing = true;
        using var browser = factory.Browser();

        var response = await LaunchAsync(browser, issuer);
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("Family Context cannot open panels right now", page, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", page, StringComparison.Ordinal);
    }
}
