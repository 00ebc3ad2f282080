using Microsoft.Extensions.Options;

namespace FamilyContext.Plugin.OriginalApi;

/// <summary>Registers the original API: its options (validated on start) and key filter, and its client as the <c>Remote</c> source kind.</summary>
internal static class OriginalApiServiceCollectionExtensions
{
    public static IServiceCollection AddOriginalApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OriginalApiOptions>().Bind(configuration.GetSection(OriginalApiOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<OriginalApiOptions>, OriginalApiOptionsValidator>();
        services.AddSingleton<OriginalApiKeyFilter>();
        services.AddRemoteSource(configuration);
        return services;
    }
}
