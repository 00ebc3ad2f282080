using FamilyContext.CmsSimulators;
using FamilyContext.Plugin.Abstractions;
using FamilyContext.Plugin.Cms;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FamilyContext.Plugin.Tests.Cms;

/// <summary>Configuration picks the CMS by name; an unknown name or a missing setting stops start-up, naming the setting.</summary>
public sealed class CmsSelectionTests : IAsyncLifetime
{
    private MosaicSimulator _simulator = null!;

    public async Task InitializeAsync() => _simulator = await MosaicSimulator.StartNewAsync();

    public async Task DisposeAsync() => await _simulator.DisposeAsync();

    [Theory]
    [InlineData("Mosaic")]
    [InlineData("LiquidLogic")]
    [InlineData("liquidlogic")]
    public async Task The_configured_system_is_the_adapter_used(string system)
    {
        using var host = CmsHost.Build(CmsHost.Settings(system, _simulator));
        await host.StartAsync();

        Assert.Equal(system, host.Services.GetRequiredService<ICmsAdapter>().SystemName, ignoreCase: true);
        await host.StopAsync();
    }

    [Fact]
    public void An_unknown_system_stops_start_up_naming_the_setting()
    {
        var error = Assert.Throws<InvalidOperationException>(() => CmsHost.Build(new() { ["FamilyContext:Cms:System"] = "Frameworki" }));

        Assert.Contains("FamilyContext:Cms:System", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_adapter_setting_stops_start_up_naming_the_setting()
    {
        var settings = CmsHost.Settings("LiquidLogic", _simulator);
        settings.Remove("FamilyContext:Cms:LiquidLogic:TokenUrl");
        using var host = CmsHost.Build(settings);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("FamilyContext:Cms:LiquidLogic:TokenUrl", error.Message, StringComparison.Ordinal);
    }
}
