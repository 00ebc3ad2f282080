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
            .ValidateProvider(AuditOptions.SectionName, o => o.Provider, o => o.ConnectionString)
            .Validate(o => o.BusyTimeout > TimeSpan.Zero && o.BusyTimeout <= TimeSpan.FromSeconds(10),
                $"{AuditOptions.SectionName}:BusyTimeout must be more than 0 and at most 10 seconds.")
            .ValidateOnStart();
        services.AddSingleton<IAuditStore>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<AuditOptions>>().Value;
            return DatabaseProvider.IsPostgres(options.Provider)
                ? new PostgresAuditStore(options.ConnectionString!)
                : new SqliteAuditStore(SqliteConnectionString(options, environment), options.BusyTimeout);
        });
        services.AddSingleton<AuditTrail>();
        return services;
    }

    /// <summary>The SQLite trail's connection string: as configured, or <c>.data/audit.db</c> under the app's folder.</summary>
    public static string SqliteConnectionString(AuditOptions options, IHostEnvironment environment) =>
        options.ConnectionString ?? new SqliteConnectionStringBuilder { DataSource = Path.Combine(environment.ContentRootPath, ".data", "audit.db") }.ToString();
}
