using System.Net;
using FamilyContext.Plugin.Audit;
using FamilyContext.Plugin.Tests.Support;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyContext.Plugin.Tests.Launch;

/// <summary>
/// A used token is not accepted again after the memory of its use is lost — the service restarting without Redis, or
/// Redis restarting without persistence — for the rest of its lifetime: tokens issued before the shared state's start are refused.
/// </summary>
public sealed class ReplayAfterRestartTests
{
    private const string ChildId = "730001";

    [Fact]
    public async Task A_token_used_before_a_restart_without_Redis_is_refused_after_it()
    {
        using var before = NewInstance();
        using var cms = new TestLaunchIssuer(before);
        var token = cms.Sign(cms.Claims(ChildId));
        using (var browser = before.Browser())
        {
            Assert.Equal(HttpStatusCode.Redirect, (await TestLaunchIssuer.LaunchAsync(browser, token)).StatusCode);
        }

        // The same service started again ten seconds later, with its memory empty; the token has almost two minutes to live.
        using var after = NewInstance(cms);
        after.Time.Set(before.Time.GetUtcNow().AddSeconds(10));
        using var again = after.Browser();
        var replayed = await TestLaunchIssuer.LaunchAsync(again, token);
        var fresh = await TestLaunchIssuer.LaunchAsync(again, cms.Sign(Reissued(cms, after)));

        Assert.Equal(HttpStatusCode.Unauthorized, replayed.StatusCode);
        Assert.Contains("made before the service last restarted", await replayed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(await after.AuditAsync(), r => r.Action == AuditActions.LaunchRejected && r.Detail == "issued-before-restart");
        Assert.Equal(HttpStatusCode.Redirect, fresh.StatusCode);
    }

    [Fact]
    public async Task A_token_used_before_Redis_lost_its_data_is_refused_after_it()
    {
        var redis = new AtomicMemoryCache();
        using var factory = NewInstance(cache: redis);
        using var cms = new TestLaunchIssuer(factory);
        using var browser = factory.Browser();
        var token = cms.Sign(cms.Claims(ChildId));
        Assert.Equal(HttpStatusCode.Redirect, (await TestLaunchIssuer.LaunchAsync(browser, token)).StatusCode);

        redis.Clear(); // Redis restarted without persistence while the service kept running
        factory.Time.Advance(TimeSpan.FromSeconds(5));
        var replayed = await TestLaunchIssuer.LaunchAsync(browser, token);
        var fresh = await TestLaunchIssuer.LaunchAsync(browser, cms.Sign(cms.Claims(ChildId)));

        Assert.Equal(HttpStatusCode.Unauthorized, replayed.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, fresh.StatusCode);
    }

    [Fact]
    public async Task Another_instance_starting_later_beside_the_same_Redis_still_accepts_tokens_issued_before_it_started()
    {
        var redis = new AtomicMemoryCache();
        using var first = NewInstance(cache: redis);
        using var cms = new TestLaunchIssuer(first);
        using (var browser = first.Browser())
        {
            Assert.Equal(HttpStatusCode.Redirect, (await TestLaunchIssuer.LaunchAsync(browser, cms.Sign(cms.Claims(ChildId)))).StatusCode);
        }

        var token = cms.Sign(cms.Claims(ChildId));
        using var second = NewInstance(cms, redis);
        second.Time.Set(first.Time.GetUtcNow().AddSeconds(30));
        using var other = second.Browser();

        Assert.Equal(HttpStatusCode.Redirect, (await TestLaunchIssuer.LaunchAsync(other, token)).StatusCode);
    }

    private static PluginFactory NewInstance(TestLaunchIssuer? cms = null, IDistributedCache? cache = null)
    {
        var factory = new PluginFactory { ConfigureServices = cache is null ? null : s => s.AddSingleton(cache) };
        if (cms is not null)
        {
            factory.Settings[$"FamilyContext:Launch:Issuers:{TestLaunchIssuer.Cms}:Issuer"] = TestLaunchIssuer.Issuer;
            factory.Settings[$"FamilyContext:Launch:Issuers:{TestLaunchIssuer.Cms}:JsonWebKeySet"] = cms.Jwks;
        }

        factory.Cms.Add(People.Person(ChildId, "Remy", "Restart", new DateOnly(2018, 8, 8)));
        return factory;
    }

    private static System.Text.Json.Nodes.JsonObject Reissued(TestLaunchIssuer cms, PluginFactory at)
    {
        var now = at.Time.GetUtcNow().ToUnixTimeSeconds();
        var claims = cms.Claims(ChildId);
        (claims["iat"], claims["nbf"], claims["exp"]) = (now, now, now + 120);
        return claims;
    }
}
