using FamilyContext.Adapters.LiquidLogic;
using FamilyContext.Adapters.Mosaic;
using FamilyContext.Plugin.Abstractions;
using FamilyContext.Plugin.Demo;

namespace FamilyContext.Plugin.Cms;

/// <summary>
/// Registers the one CMS adapter the configuration names; an unknown name stops start-up, and so does a missing or
/// bad adapter setting (the adapters validate their options on start, naming each setting).
/// </summary>
internal static class CmsServiceCollectionExtensions
{
    public static IServiceCollection AddCms(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(CmsOptions.SectionName).Get<CmsOptions>() ?? new CmsOptions();
        services.AddSingleton(options);
        switch (options.System.Trim().ToUpperInvariant())
        {
            case "DEMO":
                var demo = configuration.GetSection(DemoOptions.SectionName).Get<DemoOptions>() ?? new DemoOptions();
                if (!demo.Enabled)
                {
                    throw new InvalidOperationException(
                        $"{CmsOptions.SectionName}:System is 'Demo' but {DemoOptions.SectionName}:Enabled is false. Name a real CMS (Mosaic or LiquidLogic) or enable the demo.");
                }

                services.AddSingleton<ICmsAdapter, DemoCmsAdapter>();
                break;
            case "MOSAIC":
                services.AddMosaicAdapter(configuration);
                break;
            case "LIQUIDLOGIC":
                services.AddLiquidLogicAdapter(configuration);
                break;
            default:
                throw new InvalidOperationException(
                    $"{CmsOptions.SectionName}:System '{options.System}' is not a known CMS. Use one of: Demo, Mosaic, LiquidLogic.");
        }

        return services;
    }
}
