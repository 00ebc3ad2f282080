using FamilyContext.Plugin.Abstractions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyContext.Adapters.LiquidLogic;

/// <summary>The LiquidLogic adapter's plug-in entry point: <c>FamilyContext.Adapters.LiquidLogic.LiquidLogicAdapterRegistration</c>.</summary>
public sealed class LiquidLogicAdapterRegistration : ICmsAdapterRegistration
{
    public string SystemName => "LiquidLogic";

    public void Register(IServiceCollection services, IConfiguration configuration) => services.AddLiquidLogicAdapter(configuration);
}
