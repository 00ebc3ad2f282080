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
