using FamilyContext.Plugin.Demo;
using FamilyContext.Plugin.Lookup;
using FamilyContext.Plugin.Services;
using FamilyContext.Plugin.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyContext.Plugin.Tests.Demo;

public sealed class DemoOutageSwitchTests : IDisposable
{
    private readonly PluginFactory _factory = new();

    [Fact]
    public async Task Switching_a_demo_source_off_shows_Unavailable_even_for_an_answer_already_cached()
    {
        var mother = People.Person("610002", "Jess", "Testwell", _factory.Today.AddYears(-33));
        await _factory.Store.LoadAsync("police", _factory.Time.GetUtcNow(), People.Record("police", "P1", People.AsRecorded(mother)));
        var lookup = _factory.Services.GetRequiredService<InvolvementLookup>();
        var police = _factory.Services.GetRequiredService<ServiceCatalogue>().Find("police")!;
        Assert.Equal(FlagState.Current, (await lookup.CheckAsync(mother, police, CancellationToken.None)).Flag.State);

        _factory.Services.GetRequiredService<DemoOutageSwitch>().Set("police", down: true);

        Assert.Equal(FlagState.Unavailable, (await lookup.CheckAsync(mother, police, CancellationToken.None)).Flag.State);
    }

    public void Dispose() => _factory.Dispose();
}
