using FamilyContext.Adapters.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyContext.Adapters.LiquidLogic;

/// <summary>Registers the LiquidLogic adapter.</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Registers the LiquidLogic adapter as the <see cref="FamilyContext.Plugin.Abstractions.ICmsAdapter"/>, with
    /// settings from <see cref="LiquidLogicOptions.SectionName"/> validated at start-up.
    /// </summary>
    public static IServiceCollection AddLiquidLogicAdapter(this IServiceCollection services, IConfiguration configuration,
        Action<LiquidLogicOptions>? configure = null) =>
        services.AddCmsAdapter<LiquidLogicAdapter, LiquidLogicOptions>(configuration, LiquidLogicOptions.SectionName, LiquidLogicOptions.HttpClientName, configure);
}
