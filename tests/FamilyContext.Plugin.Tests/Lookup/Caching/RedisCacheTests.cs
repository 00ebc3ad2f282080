using System.Text.Json;
using FamilyContext.Plugin.Abstractions;
using FamilyContext.Plugin.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyContext.Plugin.Tests.Lookup.Caching;

public sealed class RedisCacheTests : IDisposable
{
    private readonly RedisServer _redis = new();
    private readonly List<PluginFactory> _factories = [];

    private (PluginFactory Factory, CountingSource Source) Instance()
    {
        var source = new CountingSource();
        var factory = new PluginFactory { ConfigureServices = source.Register };
        factory.Settings["FamilyContext:Cache:Redis"] = _redis.ConnectionString;
        _factories.Add(factory);
        return (factory, source);
    }

    private static async Task<string?> PoliceFlagOfMotherAsync(PluginFactory factory, CmsPerson child)
    {
        using var browser = factory.Browser();
        return await PoliceFlagOfMotherAsync(browser, await factory.LaunchAsync(browser, child.Id));
    }

    private static async Task<string?> PoliceFlagOfMotherAsync(HttpClient browser, string session)
    {
        using var panel = JsonDocument.Parse(await browser.GetStringAsync(new Uri($"/api/v1/panel/{session}", UriKind.Relative)));
        return panel.RootElement.GetProperty("people")[1].GetProperty("flags").EnumerateArray()
            .Single(f => f.GetProperty("serviceId").GetString() == "police").GetProperty("state").GetString();
    }

    private static (CmsPerson Child, CmsPerson Mother) Family(PluginFactory factory)
    {
        var child = factory.Cms.Add(People.Person("700001", "Ava", "Testwell", factory.Today.AddYears(-8)));
        var mother = People.Person("700002", "Jess", "Testwell", factory.Today.AddYears(-33));
        factory.Cms.Link(child.Id, mother, RelationshipType.Parent, "Mother : Daughter");
        return (child, mother);
    }

    private static Task LoadPoliceAsync(PluginFactory factory, CmsPerson mother) =>
        factory.Store.LoadAsync("police", factory.Time.GetUtcNow(), People.Record("police", "P1", People.AsRecorded(mother)));

    [Fact]
    public async Task A_second_instance_is_answered_from_Redis_without_asking_its_sources()
    {
        await _redis.StartAsync();
        var (first, _) = Instance();
        var (second, secondSource) = Instance();
        var (child, mother) = Family(first);
        Family(second);
        await LoadPoliceAsync(first, mother);
        await LoadPoliceAsync(second, mother);

        Assert.Equal("Current", await PoliceFlagOfMotherAsync(first, child));
        Assert.True(await _redis.KeyCountAsync() > 0);
        Assert.Equal("Current", await PoliceFlagOfMotherAsync(second, child));

        Assert.Equal(0, secondSource.Calls);
    }

    [Fact]
    public async Task With_Redis_killed_the_panel_still_answers_from_the_sources_and_the_cache_comes_back_with_Redis()
    {
        await _redis.StartAsync();
        var (factory, source) = Instance();
        var (child, mother) = Family(factory);
        await LoadPoliceAsync(factory, mother);
        using var browser = factory.Browser();
        var session = await factory.LaunchAsync(browser, child.Id);
        Assert.Equal("Current", await PoliceFlagOfMotherAsync(browser, session));

        _redis.Kill();
        await LoadPoliceAsync(factory, mother);
        var callsBefore = source.Calls;

        // The panel already open keeps answering, from the sources.
        Assert.Equal("Current", await PoliceFlagOfMotherAsync(browser, session));
        Assert.True(source.Calls > callsBefore);

        // A new launch cannot have its single use checked across instances, so it is refused, clearly.
        var token = factory.Services.GetRequiredService<FamilyContext.Plugin.Demo.DemoLaunchKey>().Mint("family-context", "demo-social-worker", "Test worker", child.Id);
        using var other = factory.Browser();
        var launchWhileDown = await other.GetAsync(new Uri($"/launch/demo?token={Uri.EscapeDataString(token)}", UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, launchWhileDown.StatusCode);

        await _redis.StartAsync();
        long keys = 0;
        for (var attempt = 0; attempt < 60 && keys == 0; attempt++)
        {
            // The cache skips Redis for a while after a failure, then tries again; the client reconnects by itself.
            factory.Time.Advance(TimeSpan.FromSeconds(11));
            await LoadPoliceAsync(factory, mother);
            Assert.Equal("Current", await PoliceFlagOfMotherAsync(browser, session));
            keys = await _redis.KeyCountAsync();
            await Task.Delay(250);
        }

        Assert.True(keys > 0, "the lookup cache never wrote to Redis again after it restarted");
    }

    public void Dispose()
    {
        _factories.ForEach(f => f.Dispose());
        _redis.Dispose();
    }
}
