using Microsoft.Extensions.Options;

namespace FamilyContext.Plugin.Ingest;

/// <summary>Registers the ingest of service extracts into the store.</summary>
internal static class IngestServiceCollectionExtensions
{
    public static IServiceCollection AddIngest(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<IngestOptions>().Bind(configuration.GetSection(IngestOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<IngestOptions>, IngestOptionsValidator>();
        services.AddSingleton<ExtractIngester>();
        services.AddSingleton<IngestReportHistory>();
        return services;
    }
}
