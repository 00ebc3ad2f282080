using FamilyContext.Plugin.Abstractions;
using FamilyContext.Plugin.Audit;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FamilyContext.Plugin.Cms;

/// <summary>
/// The CMS adapter's health as a readiness check: credentials refused, 401, 403, a 404 from the
/// health route or no answer make it unhealthy, with a warning in the log; the first failure after a healthy spell is also
/// audited and alerted, so a wrong client secret or address is seen by an administrator, not first by a worker.
/// </summary>
internal sealed partial class CmsHealthCheck(ICmsAdapter cms, AuditTrail audit, ILogger<CmsHealthCheck> logger) : IHealthCheck
{
    private int _lastHealthy = 1;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        CmsHealth health;
        try
        {
            health = await cms.CheckHealthAsync(cancellationToken);
        }
        catch (CmsException e)
        {
            health = new CmsHealth(false, e.Message, TimeSpan.Zero);
        }

        var wasHealthy = Interlocked.Exchange(ref _lastHealthy, health.Healthy ? 1 : 0) == 1;
        if (health.Healthy)
        {
            return HealthCheckResult.Healthy($"{cms.SystemName}: {health.Description}");
        }

        Unhealthy(logger, cms.SystemName, health.Description);
        if (wasHealthy)
        {
            await audit.TryRecordAsync(new AuditEntry(AuditActions.CmsUnhealthy, AuditOutcomes.Checked, null, cms.SystemName,
                Detail: health.Description, Alert: true), cancellationToken);
        }

        return HealthCheckResult.Unhealthy($"{cms.SystemName}: {health.Description}");
    }

    [LoggerMessage(EventId = 1301, Level = LogLevel.Warning,
        Message = "The CMS ({System}) health check failed: {Description}. Check its address, client id and client secret (check-cms, /admin/setup).")]
    private static partial void Unhealthy(ILogger logger, string system, string description);
}
