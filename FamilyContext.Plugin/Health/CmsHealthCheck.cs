using FamilyContext.Plugin.Abstractions;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FamilyContext.Plugin.Health;

/// <summary>The CMS adapter's own health check. Its description is not passed on: an adapter's words are not ours to vouch for.</summary>
internal sealed class CmsHealthCheck(ICmsAdapter cms) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var health = await cms.CheckHealthAsync(cancellationToken);
            return health.Healthy
                ? HealthCheckResult.Healthy($"{cms.SystemName} answered.")
                : new HealthCheckResult(context.Registration.FailureStatus, $"{cms.SystemName} did not answer as expected.");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, $"{cms.SystemName} could not be reached ({e.GetType().Name}).");
        }
    }
}
