using FamilyContext.Plugin.SharedState;
using HealthChecks.Redis;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace FamilyContext.Plugin.Health;

/// <summary>
/// Redis, when configured, through the maintained Redis check over the service's own shared connection. Without Redis one
/// instance keeps its shared state in memory, and there is nothing to check.
/// </summary>
internal sealed class RedisReadinessCheck(IOptions<SharedStateOptions> options, IServiceProvider services) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(options.Value.Redis))
        {
            return HealthCheckResult.Healthy("Not configured: this instance keeps its shared state in memory.");
        }

        var result = await new RedisHealthCheck(services.GetRequiredService<SharedRedisConnection>().Multiplexer).CheckHealthAsync(context, cancellationToken);
        return result.Status == HealthStatus.Healthy
            ? HealthCheckResult.Healthy("Redis answered.")
            : new HealthCheckResult(context.Registration.FailureStatus, "Redis did not answer: new launches are refused until it does.");
    }
}
