using Microsoft.Data.Sqlite;

namespace FamilyContext.Plugin.Audit;

/// <summary>Registers the audit trail and the store the configuration names.</summary>
internal static class AuditServiceCollectionExtensions
{
    public static IServiceCollection AddAudit(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var options = configuration.GetSection(AuditOptions.SectionName).Get<AuditOptions>() ?? new AuditOptions();
        services.AddSingleton<IAuditStore>(options.Provider.Trim().ToUpperInvariant() switch
        {
            "SQLITE" => new SqliteAuditStore(options.ConnectionString
                ?? new SqliteConnectionStringBuilder { DataSource = Path.Combine(environment.ContentRootPath, ".data", "audit.db") }.ToString()),
            _ => throw new InvalidOperationException($"{AuditOptions.SectionName}:Provider '{options.Provider}' is not a known audit store. Use Sqlite."),
        });
        services.AddSingleton<AuditTrail>();
        return services;
    }
}
