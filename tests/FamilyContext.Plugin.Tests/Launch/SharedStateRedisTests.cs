using System.Net;
using FamilyContext.Plugin.Launch;
using FamilyContext.Plugin.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FamilyContext.Plugin.Tests.Launch;

/// <summary>
/// With Redis configured, used launch tokens and panel sessions live in Redis: a token replayed on another instance
/// is refused, another instance serves an open panel, and while Redis is down launches fail closed, not open.
/// </summary>
public sealed class SharedStateRedisTests : IAsyncLifetime
{
    private const string ChildId = "880001";
    private readonly RedisServer _redis = new();

    public Task InitializeAsync() => _redis.StartAsync();

    public Task DisposeAsync()
    {
        _redis.Dispose();
        return Task.CompletedTask;
    }

    private PluginFactory Instance(TestLaunchIssuer? issuer = null)
    {
        var factory = new PluginFactory();
        factory.Settings["FamilyContext:Cache:Redis"] = _redis.ConnectionString;
        if (issuer is not null)
        {
            factory.Settings[$"FamilyContext:Launch:Issuers:{TestLaunchIssuer.Cms}:Issuer"] = TestLaunchIssuer.Issuer;
            factory.Settings[$"FamilyContext:Launch:Issuers:{TestLaunchIssuer.Cms}:JsonWebKeySet"] = issuer.Jwks;
        }

        factory.Cms.Add(People.Person(ChildId, "Remy", "Shared", new DateOnly(2018, 4, 4)));
        return factory;
    }

    [Fact]
    public async Task A_token_used_on_one_instance_is_refused_on_another_and_the_claim_is_held_in_Redis()
    {
        using var first = Instance();
        using var issuer = new TestLaunchIssuer(first);
        using var second = Instance(issuer);
        var token = issuer.Sign(issuer.Claims(ChildId));
        using var one = first.Browser();
        using var two = second.Browser();

        var accepted = await TestLaunchIssuer.LaunchAsync(one, token);
        var replayed = await TestLaunchIssuer.LaunchAsync(two, token);

        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, replayed.StatusCode);
        Assert.Contains("already been used", await replayed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(await _redis.KeyCountAsync() >= 2, "the token id and the session should both be held in Redis");
    }

    [Fact]
    public async Task A_panel_opened_through_one_instance_is_served_by_another_to_the_same_browser_only()
    {
        using var first = Instance();
        using var issuer = new TestLaunchIssuer(first);
        using var second = Instance(issuer);
        using var browser = first.Browser();
        var launched = await TestLaunchIssuer.LaunchAsync(browser, issuer.Sign(issuer.Claims(ChildId)));
        var sessionUrl = launched.Headers.Location!.OriginalString;
        var binding = launched.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(PanelSessionStore.BrowserCookie, StringComparison.Ordinal)).Split(';')[0];

        using var sameBrowserOtherInstance = second.Browser();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/v1" + sessionUrl, UriKind.Relative));
        request.Headers.Add("Cookie", binding);
        var served = await sameBrowserOtherInstance.SendAsync(request);
        using var otherBrowser = second.Browser();
        var refused = await otherBrowser.GetAsync(new Uri("/api/v1" + sessionUrl, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    [Fact]
    public async Task While_Redis_is_down_a_launch_fails_closed_with_a_clear_page_and_works_again_when_it_returns()
    {
        using var factory = Instance();
        using var issuer = new TestLaunchIssuer(factory);
        using var browser = factory.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await TestLaunchIssuer.LaunchAsync(browser, issuer.Sign(issuer.Claims(ChildId)))).StatusCode);

        _redis.Kill();
        var whileDown = await TestLaunchIssuer.LaunchAsync(browser, issuer.Sign(issuer.Claims(ChildId)));
        await _redis.StartAsync();
        HttpResponseMessage? afterwards = null;
        for (var attempt = 0; attempt < 50 && afterwards?.StatusCode != HttpStatusCode.Redirect; attempt++)
        {
            // The client reconnects in the background; a fresh token each time, as the CMS would mint.
            await Task.Delay(200);
            afterwards = await TestLaunchIssuer.LaunchAsync(browser, issuer.Sign(issuer.Claims(ChildId)));
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, whileDown.StatusCode);
        Assert.Contains("cannot open panels right now", await whileDown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, afterwards!.StatusCode);
    }

    [Fact]
    public async Task Under_a_clock_a_year_from_the_systems_Redis_keeps_the_session_and_the_token_id_for_their_relative_lifetimes_under_the_new_prefix()
    {
        using var factory = Instance();
        // The service's clock is far from the system clock the Redis client turns lifetimes into TTLs with.
        factory.Time.Set(DateTimeOffset.UtcNow.AddYears(1));
        using var issuer = new TestLaunchIssuer(factory);
        using var browser = factory.Browser();

        var launched = await TestLaunchIssuer.LaunchAsync(browser, issuer.Sign(issuer.Claims(ChildId)));
        var panel = await browser.GetAsync(new Uri("/api/v1" + launched.Headers.Location!.OriginalString, UriKind.Relative));
        var keys = await _redis.KeysAsync();

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.OK), (launched.StatusCode, panel.StatusCode));
        var lifetime = factory.Services.GetRequiredService<IOptions<LaunchOptions>>().Value.SessionLifetime;
        var session = Assert.Single(keys, k => k.Key.StartsWith("fc:v3:panel-session:", StringComparison.Ordinal));
        Assert.InRange(session.Value!.Value, lifetime - TimeSpan.FromMinutes(1), lifetime);
        var tokenId = Assert.Single(keys, k => k.Key.StartsWith("fc:v3:launch-jti:", StringComparison.Ordinal));
        Assert.InRange(tokenId.Value!.Value, TimeSpan.FromSeconds(30), TimeSpan.FromHours(1));
        Assert.All(keys.Keys, k => Assert.True(k.StartsWith("fc:v3:", StringComparison.Ordinal) || k == "fc:v2:data-protection-keys", k));
    }
}
