using System.Net;
using FamilyContext.Plugin.Tests.Support;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyContext.Plugin.Tests.Launch;

/// <summary>A launch token is used once, however many requests race to use it, on one instance or several.</summary>
public sealed class LaunchReplayTests
{
    private const string ChildId = "770001";

    [Fact]
    public async Task The_same_token_sent_many_times_at_once_opens_exactly_one_panel()
    {
        using var factory = new PluginFactory();
        using var cms = new TestLaunchIssuer(factory);
        factory.Cms.Add(People.Person(ChildId, "Rory", "Racer", new DateOnly(2019, 9, 9)));
        var token = cms.Sign(cms.Claims(ChildId));

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(async _ =>
        {
            using var browser = factory.Browser();
            return (await TestLaunchIssuer.LaunchAsync(browser, token)).StatusCode;
        }));

        Assert.Equal(1, responses.Count(s => s == HttpStatusCode.Redirect));
        Assert.Equal(19, responses.Count(s => s == HttpStatusCode.Unauthorized));
    }

    [Fact]
    public async Task A_replayed_token_whose_signature_holds_is_recorded_with_the_worker_and_child_it_names()
    {
        using var factory = new PluginFactory();
        using var cms = new TestLaunchIssuer(factory);
        factory.Cms.Add(People.Person(ChildId, "Rory", "Racer", new DateOnly(2019, 9, 9)));
        var token = cms.Sign(cms.Claims(ChildId, worker: "worker-7"));
        using var browser = factory.Browser();

        await TestLaunchIssuer.LaunchAsync(browser, token);
        var replayed = await TestLaunchIssuer.LaunchAsync(browser, token);

        Assert.Equal(HttpStatusCode.Unauthorized, replayed.StatusCode);
        var rejected = Assert.Single(await factory.AuditAsync(), r => r.Action == Plugin.Audit.AuditActions.LaunchRejected);
        Assert.Equal(("worker-7", ChildId, "replayed", true), (rejected.Actor, rejected.ChildId, rejected.Detail, rejected.Alert));
    }

    [Fact]
    public async Task A_token_whose_signature_fails_names_no_worker_since_its_claims_prove_nothing()
    {
        using var factory = new PluginFactory();
        using var cms = new TestLaunchIssuer(factory);
        var token = cms.Sign(cms.Claims(ChildId, worker: "worker-8"));
        using var browser = factory.Browser();

        await TestLaunchIssuer.LaunchAsync(browser, token[..^4] + "AAAA");

        var rejected = Assert.Single(await factory.AuditAsync(), r => r.Action == Plugin.Audit.AuditActions.LaunchRejected);
        Assert.Null(rejected.Actor);
    }

    [Fact]
    public async Task Instances_sharing_a_cache_with_an_atomic_add_claim_token_ids_with_it_so_only_one_accepts()
    {
        var shared = new AtomicMemoryCache();
        using var first = new PluginFactory { ConfigureServices = s => s.AddSingleton<IDistributedCache>(shared) };
        using var second = new PluginFactory { ConfigureServices = s => s.AddSingleton<IDistributedCache>(shared) };
        using var cms = new TestLaunchIssuer(first);
        second.Settings[$"FamilyContext:Launch:Issuers:{TestLaunchIssuer.Cms}:Issuer"] = TestLaunchIssuer.Issuer;
        second.Settings[$"FamilyContext:Launch:Issuers:{TestLaunchIssuer.Cms}:JsonWebKeySet"] = cms.Jwks;
        foreach (var f in new[] { first, second })
        {
            f.Cms.Add(People.Person(ChildId, "Rory", "Racer", new DateOnly(2019, 9, 9)));
        }

        var token = cms.Sign(cms.Claims(ChildId));
        using var one = first.Browser();
        using var two = second.Browser();

        var statuses = await Task.WhenAll(TestLaunchIssuer.LaunchAsync(one, token), TestLaunchIssuer.LaunchAsync(two, token));

        Assert.Equal(1, statuses.Count(r => r.StatusCode == HttpStatusCode.Redirect));
        Assert.Equal(2, shared.AtomicAdds);
    }
}
