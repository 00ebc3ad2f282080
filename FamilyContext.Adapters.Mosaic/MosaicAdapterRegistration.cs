using FamilyContext.Plugin.Abstractions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyContext.Adapters.Mosaic;

/// <summary>The Mosaic adapter's plug-in entry point: <c>FamilyContext.Adapters.Mosaic.MosaicAdapterRegistration</c>.</summary>
public sealed class MosaicAdapterRegistration : ICmsAdapterRegistration
{
    public string SystemName => "Mosaic";

    public void Register(IServiceCollection services, IConfiguration configuration) => services.AddMosaicAdapter(configuration);
}
