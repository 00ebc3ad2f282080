using FamilyContext.Adapters.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyContext.Adapters.Mosaic;

/// <summary>Registers the Mosaic adapter.</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Mosaic adapter as the <see cref="FamilyContext.Plugin.Abstractions.ICmsAdapter"/>, with settings
    /// from <see cref="MosaicOptions.SectionName"/> validated at start-up.
    /// </summary>
    public static IServiceCollection AddMosaicAdapter(this IServiceCollection services, IConfiguration configuration,
        Action<MosaicOptions>? configure = null) =>
        services.AddCmsAdapter<MosaicAdapter, MosaicOptions>(configuration, MosaicOptions.SectionName, MosaicOptions.HttpClientName, configure);
}
