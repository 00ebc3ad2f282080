using FamilyContext.Plugin.Abstractions;
using FamilyContext.Plugin.Cms;

namespace FamilyContext.Plugin.Demo;

/// <summary>The demo's CMS, built in rather than a plug-in: registered only while the demo is enabled.</summary>
internal sealed class DemoCmsAdapterRegistration : ICmsAdapterRegistration
{
    public string SystemName => DemoCmsAdapter.Name;

    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        if (!configuration.IsDemoEnabled())
        {
            throw new InvalidOperationException(
                $"{CmsOptions.SectionName}:System is 'Demo' but {DemoOptions.SectionName}:Enabled is false. Name a real CMS (such as Mosaic or LiquidLogic) or enable the demo.");
        }

        services.AddSingleton<ICmsAdapter, DemoCmsAdapter>();
    }
}
