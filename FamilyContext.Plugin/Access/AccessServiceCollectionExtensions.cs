using FamilyContext.Plugin.Database;
using FamilyContext.Plugin.Sharing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace FamilyContext.Plugin.Access;

/// <summary>Registers the access policy and its rule store.</summary>
internal static class AccessServiceCollectionExtensions
{
    public static IServiceCollection AddAccess(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddOptions<AccessOptions>()
            .Bind(configuration.GetSection(AccessOptions.SectionName))
            .PostConfigure(o =>
            {
                Default(o.SocialWorkerRoles, "social-worker");
                Default(o.ManagerRoles, "manager");
                Default(o.AdminRoles, "ig-admin");
            })
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<AccessOptions>, AccessOptionsValidator>();
        services.AddSingleton<IValidateOptions<AccessOptions>>(new DatabaseProviderValidator<AccessOptions>(AccessOptions.SectionName, o => o.Provider, o => o.ConnectionString));
        services.AddSingleton<IAccessRuleStore>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<AccessOptions>>().Value;
            return DatabaseProvider.IsPostgres(options.Provider)
                ? new PostgresAccessRuleStore(options.ConnectionString!)
                : new SqliteAccessRuleStore(options.ConnectionString
                    ?? new SqliteConnectionStringBuilder { DataSource = Path.Combine(environment.ContentRootPath, ".data", "access.db") }.ToString());
        });
        services.AddSingleton<AccessPolicy>();
        // Sharing rules are kept in the access rules' database: the same provider and connection, a table of their own.
        services.AddSingleton(sp => ((DapperAccessRuleStore)sp.GetRequiredService<IAccessRuleStore>()).SharingRules());
        services.AddSingleton<SharingPolicy>();
        services.AddOptions<RateLimitOptions>()
            .Bind(configuration.GetSection(RateLimitOptions.SectionName))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<RateLimitOptions>, RateLimitOptionsValidator>();
        services.AddSingleton<WorkerRateLimiter>();
        return services;
    }

    private static void Default(List<string> roles, string role)
    {
        if (roles.Count == 0)
        {
            roles.Add(role);
        }
    }
}
