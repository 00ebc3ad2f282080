using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FamilyContext.Plugin.Cms;

/// <summary>
/// Runs the CMS health check once when the service has started (without delaying start-up), so a wrong CMS address or
/// secret is warned and alerted at once rather than at the first worker's launch.
/// </summary>
internal sealed class CmsStartupCheck(CmsHealthCheck check) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await check.CheckHealthAsync(new HealthCheckContext(), stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopped before the CMS answered.
        }
    }
}
