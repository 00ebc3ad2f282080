using Microsoft.Extensions.Options;

namespace FamilyContext.Plugin.Launch;

/// <summary>Registers launch-token checking and panel sessions.</summary>
internal static class LaunchServiceCollectionExtensions
{
    public static IServiceCollection AddLaunch(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<LaunchOptions>()
            .Bind(configuration.GetSection(LaunchOptions.SectionName))
            .Validate(o => o.MaximumTokenLifetime > TimeSpan.Zero && o.MaximumTokenLifetime <= TimeSpan.FromMinutes(5),
                $"{LaunchOptions.SectionName}:MaximumTokenLifetime must be more than 0 and at most 5 minutes.")
            .Validate(o => !string.IsNullOrWhiteSpace(o.Audience), $"{LaunchOptions.SectionName}:Audience is required.")
            .Validate(o => o.Issuers.Values.All(i => !string.IsNullOrWhiteSpace(i.Issuer) && (i.JsonWebKeySet is not null || i.JsonWebKeySetUrl is not null)),
                $"{LaunchOptions.SectionName}:Issuers: every CMS needs an Issuer and a JsonWebKeySet or JsonWebKeySetUrl.")
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<LaunchOptions>, LaunchOptionsValidation>();
        services.AddHttpClient(nameof(LaunchKeyResolver), c => c.Timeout = TimeSpan.FromSeconds(10));
        services.AddSingleton<LaunchKeyResolver>();
        services.AddSingleton<LaunchReplayGuard>();
        services.AddSingleton<LaunchTokenValidator>();
        services.AddSingleton<LaunchTokenInspector>();
        services.AddSingleton<PanelSessionStore>();
        return services;
    }
}
