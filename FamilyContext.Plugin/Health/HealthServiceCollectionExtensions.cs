using FamilyContext.Plugin.Access;
using FamilyContext.Plugin.Audit;
using FamilyContext.Plugin.Database;
using FamilyContext.Plugin.MatchReview;
using FamilyContext.Plugin.Store;
using HealthChecks.NpgSql;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Npgsql;

namespace FamilyContext.Plugin.Health;

/// <summary>
/// The readiness checks behind <c>/health/ready</c>: the CMS adapter, Redis when configured, each database and the
/// sources' freshness. Liveness (<c>/health/live</c>) runs none of them: a process that answers is alive.
/// </summary>
internal static class HealthServiceCollectionExtensions
{
    public const string Ready = "ready";

    /// <summary>Long enough for a database on another host; short enough that a probe's own timeout is not reached first.</summary>
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(4);

    public static IServiceCollection AddProbes(this IServiceCollection services)
    {
        // Each database check is kept for the life of the service, so PostgreSQL's data source is made once.
        services.AddKeyedSingleton("store", (sp, _) => new DatabaseHealthCheck(
            () => Postgres(sp.GetRequiredService<IOptions<StoreOptions>>().Value.Provider, () => new NpgSqlHealthCheckOptions(sp.GetRequiredService<NpgsqlDataSource>())),
            ct => sp.GetRequiredService<IRecordStore>().GetGenerationsAsync(ct)));
        services.AddKeyedSingleton("audit", (sp, _) => Database(sp.GetRequiredService<IOptions<AuditOptions>>().Value, o => (o.Provider, o.ConnectionString),
            ct => sp.GetRequiredService<IAuditStore>().SearchAsync(new AuditQuery(Limit: 1), ct)));
        services.AddKeyedSingleton("access", (sp, _) => Database(sp.GetRequiredService<IOptions<AccessOptions>>().Value, o => (o.Provider, o.ConnectionString),
            ct => sp.GetRequiredService<IAccessRuleStore>().ListAsync(ct)));
        services.AddKeyedSingleton("match-review", (sp, _) => Database(sp.GetRequiredService<IOptions<MatchReviewOptions>>().Value, o => (o.Provider, o.ConnectionString),
            ct => sp.GetRequiredService<IMatchReviewStore>().ListAsync(1, ct)));

        var checks = services.AddHealthChecks()
            .AddCheck<Cms.CmsHealthCheck>("cms", tags: [Ready], timeout: Timeout)
            .AddCheck<RedisReadinessCheck>("redis", tags: [Ready], timeout: Timeout)
            .AddCheck<SourceFreshnessHealthCheck>("sources", HealthStatus.Degraded, [Ready], Timeout);
        foreach (var name in new[] { "store", "audit", "access", "match-review" })
        {
            checks.Add(new HealthCheckRegistration(name, sp => sp.GetRequiredKeyedService<DatabaseHealthCheck>(name), HealthStatus.Unhealthy, [Ready], Timeout));
        }

        return services;
    }

    private static DatabaseHealthCheck Database<T>(T options, Func<T, (string Provider, string? ConnectionString)> database, Func<CancellationToken, Task> sqliteProbe)
    {
        var (provider, connectionString) = database(options);
        return new(() => Postgres(provider, () => new NpgSqlHealthCheckOptions(connectionString!)), sqliteProbe);
    }

    private static NpgSqlHealthCheckOptions? Postgres(string provider, Func<NpgSqlHealthCheckOptions> options) =>
        DatabaseProvider.IsPostgres(provider) ? options() : null;
}
