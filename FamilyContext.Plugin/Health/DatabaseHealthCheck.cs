using HealthChecks.NpgSql;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FamilyContext.Plugin.Health;

/// <summary>
/// One database's readiness: PostgreSQL through the maintained NpgSql check (its data source made once, not per probe),
/// SQLite by a small read through the store itself. The answer names the database kind only, never a connection string.
/// </summary>
internal sealed class DatabaseHealthCheck(Func<NpgSqlHealthCheckOptions?> postgres, Func<CancellationToken, Task> sqliteProbe) : IHealthCheck
{
    private readonly Lazy<NpgSqlHealthCheck?> _postgres = new(() => postgres() is { } options ? new NpgSqlHealthCheck(options) : null);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (_postgres.Value is { } check)
        {
            var result = await check.CheckHealthAsync(context, cancellationToken);
            return result.Status == HealthStatus.Healthy
                ? HealthCheckResult.Healthy("PostgreSQL answered.")
                : new HealthCheckResult(context.Registration.FailureStatus, "PostgreSQL did not answer.");
        }

        try
        {
            await sqliteProbe(cancellationToken);
            return HealthCheckResult.Healthy("SQLite answered.");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, $"SQLite could not be read ({e.GetType().Name}).");
        }
    }
}
