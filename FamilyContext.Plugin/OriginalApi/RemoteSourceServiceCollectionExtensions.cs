using FamilyContext.Plugin.Lookup;
using Microsoft.Extensions.Options;

namespace FamilyContext.Plugin.OriginalApi;

/// <summary>Registers the remote Family Context API as the <c>Remote</c> source kind.</summary>
internal static class RemoteSourceServiceCollectionExtensions
{
    public static IServiceCollection AddRemoteSource(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RemoteSourceOptions>().Bind(configuration.GetSection(RemoteSourceOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<RemoteSourceOptions>, RemoteSourceOptionsValidator>();
        services.AddKeyedSingleton<IInvolvementSource, RemoteFamilyContextSource>(SourceKinds.Remote);
        return services;
    }
}
