using FamilyContext.Plugin.Database;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace FamilyContext.Plugin.Audit;

/// <summary>Registers the audit trail and the store the configuration names.</summary>
internal static class AuditServiceCollectionExtensions
{
    public static IServiceCollection AddAudit(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        // Read when the store is first resolved, so configuration added after registration counts.
        services.AddOptions<AuditOptions>()
            .Bind(configuration.GetSection(AuditOptions.SectionName))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<AuditOptions>>(new DatabaseProviderValidator<AuditOptions>(AuditOptions.SectionName, o => o.Provider, o => o.ConnectionString));
        services.AddSingleton<IValidateOptions<AuditOptions>, AuditOptionsValidator>();
        services.AddSingleton<IAuditStore>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<AuditOptions>>().Value;
            return DatabaseProvider.IsPostgres(options.Provider)
                ? new PostgresAuditStore(options.ConnectionString!, options.BusyTimeout)
                : new SqliteAuditStore(SqliteConnectionString(options, environment), options.BusyTimeout);
        });
        services.AddSingleton<AuditTrail>();
        return services;
    }

    /// <summary>The SQLite trail's connection string: as configured, or <c>.data/audit.db</c> under the app's folder.</summary>
    public static string SqliteConnectionString(AuditOptions options, IHostEnvironment environment) =>
        options.ConnectionString ?? new SqliteConnectionStringBuilder { DataSource = Path.Combine(environment.ContentRootPath, ".data", "audit.db") }.ToString();
}
