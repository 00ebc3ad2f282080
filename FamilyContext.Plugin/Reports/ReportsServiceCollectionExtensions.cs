using Microsoft.Extensions.Options;

namespace FamilyContext.Plugin.Reports;

/// <summary>Registers the reports and their settings.</summary>
internal static class ReportsServiceCollectionExtensions
{
    public static IServiceCollection AddReports(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ReportsOptions>().Bind(configuration.GetSection(ReportsOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ReportsOptions>, ReportsOptionsValidator>();
        services.AddSingleton(sp => new ReportRecords(sp.GetRequiredService<Audit.IAuditStore>()));
        services.AddSingleton<IngestHistory>();
        services.AddScoped<DataQualitySources>();
        return services;
    }
}
