using Microsoft.Extensions.Options;

namespace FamilyContext.Plugin.Launch;

/// <summary>Registers launch-token checking and panel sessions.</summary>
internal static class LaunchServiceCollectionExtensions
{
    public static IServiceCollection AddLaunch(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<LaunchOptions>()
            .Bind(configuration.GetSection(LaunchOptions.SectionName))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<LaunchOptions>, LaunchOptionsValidator>();
        services.AddHttpClient(nameof(LaunchKeyResolver), c => c.Timeout = TimeSpan.FromSeconds(10));
        services.AddSingleton<LaunchKeyResolver>();
        services.AddSingleton<LaunchReplayGuard>();
        services.AddSingleton<LaunchTokenValidator>();
        services.AddSingleton<LaunchTokenInspector>();
        services.AddSingleton<PanelSessionStore>();
        return services;
    }
}
