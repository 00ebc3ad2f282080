using Microsoft.Extensions.Options;

namespace FamilyContext.Plugin.Panel;

/// <summary>Registers the panel's builders and queries.</summary>
internal static class PanelServiceCollectionExtensions
{
    public static IServiceCollection AddPanel(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PanelOptions>().Bind(configuration.GetSection(PanelOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<PanelOptions>, PanelOptionsValidator>();
        services.AddSingleton<PanelBuilder>();
        services.AddSingleton<PanelQueries>();
        services.AddSingleton<PanelHistory>();
        return services;
    }
}
