using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FamilyContext.Plugin.Health;

/// <summary>
/// The orchestrator's probes. <c>/health</c> and <c>/health/live</c>: the process answers. <c>/health/ready</c>: every
/// readiness check, as JSON naming each check, its state and our own description — never an exception's message, a
/// connection string or anything about a person. Degraded (a stale source) is still ready: 200; Unhealthy is 503.
/// </summary>
internal static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapProbes(this IEndpointRouteBuilder app)
    {
        foreach (var (path, name) in new[] { ("/health", "Health"), ("/health/live", "Liveness") })
        {
            app.MapGet(path, async (HealthCheckService health, CancellationToken ct) =>
                {
                    var report = await health.CheckHealthAsync(_ => false, ct);
                    return Results.Text(report.Status.ToString(), "text/plain", statusCode: StatusCode(report.Status));
                })
                .WithName(name)
                .WithTags("Health")
                .WithSummary("Liveness: 200 and \"Healthy\" while the service runs. Checks nothing outside the process.")
                .Produces<string>(StatusCodes.Status200OK, "text/plain");
        }

        app.MapGet("/health/ready", async (HealthCheckService health, ILoggerFactory loggers, CancellationToken ct) =>
            {
                var report = await health.CheckHealthAsync(r => r.Tags.Contains(HealthServiceCollectionExtensions.Ready), ct);
                if (report.Status == HealthStatus.Unhealthy)
                {
                    HealthLog.NotReady(loggers.CreateLogger(typeof(HealthEndpoints)),
                        string.Join(", ", report.Entries.Where(e => e.Value.Status == HealthStatus.Unhealthy).Select(e => e.Key)));
                }

                return Results.Json(ReadinessReport.From(report), statusCode: StatusCode(report.Status));
            })
            .WithName("Readiness")
            .WithTags("Health")
            .WithSummary("Readiness: the CMS, Redis (when configured), each database and each source's freshness. " +
                "200 when Healthy or Degraded (a stale source shows as Unavailable in the panel), 503 when a check is Unhealthy.")
            .Produces<ReadinessReport>(StatusCodes.Status200OK)
            .Produces<ReadinessReport>(StatusCodes.Status503ServiceUnavailable);
        return app;
    }

    private static int StatusCode(HealthStatus status) =>
        status == HealthStatus.Unhealthy ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status200OK;
}
