using FamilyContext.CmsSimulators;
using FamilyContext.Plugin.Abstractions;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyContext.Plugin.Tests.Cms;

/// <summary>Adapters are plug-ins found by configuration; a wrong or missing plug-in stops start-up saying what to fix.</summary>
public sealed class CmsPluginTests : IAsyncLifetime
{
    private const string Section = "FamilyContext:Cms:Plugins:LiquidLogic";
    private LiquidLogicSimulator _simulator = null!;

    public async Task InitializeAsync() => _simulator = await LiquidLogicSimulator.StartNewAsync();

    public async Task DisposeAsync() => await _simulator.DisposeAsync();

    [Fact]
    public void The_service_names_no_adapter_plug_in() =>
        Assert.DoesNotContain(typeof(Program).Assembly.GetReferencedAssemblies(), a => a.Name!.StartsWith("FamilyContext.Adapters.", StringComparison.Ordinal));

    [Fact]
    public async Task An_adapter_is_loaded_from_the_path_of_its_dll()
    {
        var settings = CmsHost.Settings("LiquidLogic", _simulator);
        settings[$"{Section}:Assembly"] = Path.Combine(AppContext.BaseDirectory, "FamilyContext.Adapters.LiquidLogic.dll");
        using var host = CmsHost.Build(settings);
        await host.StartAsync();

        Assert.Equal("LiquidLogic", host.Services.GetRequiredService<ICmsAdapter>().SystemName);
        Assert.True((await host.Services.GetRequiredService<ICmsAdapter>().CheckHealthAsync(CancellationToken.None)).Healthy);
        await host.StopAsync();
    }

    [Fact]
    public void A_system_without_a_configured_plug_in_stops_start_up_saying_which_settings_to_add()
    {
        var settings = CmsHost.Settings("LiquidLogic", _simulator);
        settings["FamilyContext:Cms:System"] = "Eclipse";

        var error = Assert.Throws<InvalidOperationException>(() => CmsHost.Build(settings));

        Assert.Contains("Use one of: Demo, LiquidLogic, Mosaic", error.Message, StringComparison.Ordinal);
        Assert.Contains("FamilyContext:Cms:Plugins:Eclipse:Assembly", error.Message, StringComparison.Ordinal);
        Assert.Contains("FamilyContext:Cms:Plugins:Eclipse:EntryPoint", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("FamilyContext.Adapters.Eclipse", "could not be loaded")]
    [InlineData("plugins/FamilyContext.Adapters.Eclipse.dll", "which does not exist")]
    public void An_assembly_that_cannot_be_found_stops_start_up_naming_the_setting(string assembly, string problem)
    {
        var settings = CmsHost.Settings("LiquidLogic", _simulator);
        settings[$"{Section}:Assembly"] = assembly;

        var error = Assert.Throws<InvalidOperationException>(() => CmsHost.Build(settings));

        Assert.StartsWith($"{Section}:Assembly", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_entry_point_the_assembly_lacks_stops_start_up_listing_the_entry_points_it_has()
    {
        var settings = CmsHost.Settings("LiquidLogic", _simulator);
        settings[$"{Section}:EntryPoint"] = "FamilyContext.Adapters.LiquidLogic.Registration";

        var error = Assert.Throws<InvalidOperationException>(() => CmsHost.Build(settings));

        Assert.StartsWith($"{Section}:EntryPoint 'FamilyContext.Adapters.LiquidLogic.Registration' is not a public type", error.Message, StringComparison.Ordinal);
        Assert.Contains("Its entry points: FamilyContext.Adapters.LiquidLogic.LiquidLogicAdapterRegistration", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_entry_point_that_is_not_a_registration_stops_start_up()
    {
        var settings = CmsHost.Settings("LiquidLogic", _simulator);
        settings[$"{Section}:EntryPoint"] = "FamilyContext.Adapters.LiquidLogic.LiquidLogicOptions";

        var error = Assert.Throws<InvalidOperationException>(() => CmsHost.Build(settings));

        Assert.Contains("does not implement FamilyContext.Plugin.Abstractions.ICmsAdapterRegistration", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plug_in_for_another_system_stops_start_up()
    {
        var settings = CmsHost.Settings("LiquidLogic", _simulator);
        settings[$"{Section}:Assembly"] = "FamilyContext.Adapters.Mosaic";
        settings[$"{Section}:EntryPoint"] = "FamilyContext.Adapters.Mosaic.MosaicAdapterRegistration";

        var error = Assert.Throws<InvalidOperationException>(() => CmsHost.Build(settings));

        Assert.Contains("is the adapter for 'Mosaic', not 'LiquidLogic'", error.Message, StringComparison.Ordinal);
    }
}
