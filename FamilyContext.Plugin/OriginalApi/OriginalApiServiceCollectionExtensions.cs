using System.Text.RegularExpressions;

namespace FamilyContext.Plugin.OriginalApi;

/// <summary>Registers the original API: its options (validated on start) and key filter, and its client as the <c>Remote</c> source kind.</summary>
internal static partial class OriginalApiServiceCollectionExtensions
{
    public static IServiceCollection AddOriginalApi(this IServiceCollection services, IConfiguration configuration)
    {
        const string At = OriginalApiOptions.SectionName;
        services.AddOptions<OriginalApiOptions>()
            .Bind(configuration.GetSection(At))
            .Validate(o => !o.Enabled || o.Clients.Count > 0, $"{At}:Clients: at least one client is needed when {At}:Enabled is true.")
            .Validate(o => o.Clients.Values.All(c => Sha256Hex().IsMatch(c.KeySha256)),
                $"{At}:Clients:<name>:KeySha256 must be the SHA-256 of the client's key as 64 hex digits.")
            .Validate(o => o.DefaultResultsPerPage >= 1 && o.MaximumResultsPerPage >= o.DefaultResultsPerPage,
                $"{At}:DefaultResultsPerPage must be at least 1 and at most {At}:MaximumResultsPerPage.")
            .ValidateOnStart();
        services.AddSingleton<OriginalApiKeyFilter>();
        services.AddRemoteSource(configuration);
        return services;
    }

    [GeneratedRegex(@"\A[0-9a-fA-F]{64}\z")]
    private static partial Regex Sha256Hex();
}
