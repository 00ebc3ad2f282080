using FamilyContext.CmsSimulators;
using FamilyContext.Plugin.Cms;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace FamilyContext.Plugin.Tests.Cms;

/// <summary>A bare host with only the CMS registration, configured in memory.</summary>
internal static class CmsHost
{
    public static IHost Build(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddLogging();
        builder.Services.AddCms(builder.Configuration);
        return builder.Build();
    }

    /// <summary>Settings for <paramref name="system"/> pointing at <paramref name="simulator"/>.</summary>
    public static Dictionary<string, string?> Settings(string system, ICmsSimulator simulator)
    {
        var section = $"FamilyContext:Cms:{(system.Equals("Mosaic", StringComparison.OrdinalIgnoreCase) ? "Mosaic" : "LiquidLogic")}";
        var settings = new Dictionary<string, string?>(ShippedPlugins)
        {
            ["FamilyContext:Cms:System"] = system,
            [$"{section}:BaseUrl"] = simulator.BaseUrl.ToString(),
            [$"{section}:TokenUrl"] = simulator.TokenUrl.ToString(),
            [$"{section}:ClientId"] = simulator.ClientId,
            [$"{section}:ClientSecret"] = simulator.ClientSecret,
            [$"{section}:RetryCount"] = "0",
        };
        return settings;
    }

    /// <summary>The plug-ins appsettings.json ships, as configuration.</summary>
    public static Dictionary<string, string?> ShippedPlugins { get; } = new()
    {
        ["FamilyContext:Cms:Plugins:Mosaic:Assembly"] = "FamilyContext.Adapters.Mosaic",
        ["FamilyContext:Cms:Plugins:Mosaic:EntryPoint"] = "FamilyContext.Adapters.Mosaic.MosaicAdapterRegistration",
        ["FamilyContext:Cms:Plugins:LiquidLogic:Assembly"] = "FamilyContext.Adapters.LiquidLogic",
        ["FamilyContext:Cms:Plugins:LiquidLogic:EntryPoint"] = "FamilyContext.Adapters.LiquidLogic.LiquidLogicAdapterRegistration",
    };
}
