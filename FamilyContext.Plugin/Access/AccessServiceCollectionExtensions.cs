using FamilyContext.Plugin.Database;
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
            .Validate(o => !string.IsNullOrWhiteSpace(o.RoleClaim), $"{AccessOptions.SectionName}:RoleClaim is required.")
            .Validate(o => !string.IsNullOrWhiteSpace(o.GroupClaim), $"{AccessOptions.SectionName}:GroupClaim is required.")
            .Validate(o => o.Rules.All(r => !string.IsNullOrWhiteSpace(r.Subject)), $"{AccessOptions.SectionName}:Rules: every rule needs a Subject.")
            .ValidateProvider(AccessOptions.SectionName, o => o.Provider, o => o.ConnectionString)
            .ValidateOnStart();
        services.AddSingleton<IAccessRuleStore>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<AccessOptions>>().Value;
            return DatabaseProvider.IsPostgres(options.Provider)
                ? new PostgresAccessRuleStore(options.ConnectionString!)
                : new SqliteAccessRuleStore(options.ConnectionString
                    ?? new SqliteConnectionStringBuilder { DataSource = Path.Combine(environment.ContentRootPath, ".data", "access.db") }.ToString());
        });
        services.AddSingleton<AccessPolicy>();
        services.AddOptions<RateLimitOptions>()
            .Bind(configuration.GetSection(RateLimitOptions.SectionName))
            .Validate(o => o.WorkerRequestsPerMinute > 0, $"{RateLimitOptions.SectionName}:WorkerRequestsPerMinute must be more than 0.")
            .Validate(o => o.AddressAttemptsPerMinute > 0, $"{RateLimitOptions.SectionName}:AddressAttemptsPerMinute must be more than 0.")
            .Validate(o => o.RefusalRecordsPerMinute > 0, $"{RateLimitOptions.SectionName}:RefusalRecordsPerMinute must be more than 0.")
            .ValidateOnStart();
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
