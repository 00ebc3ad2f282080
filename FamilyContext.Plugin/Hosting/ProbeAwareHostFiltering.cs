using Microsoft.Extensions.Primitives;

namespace FamilyContext.Plugin.Hosting;

/// <summary>
/// <c>AllowedHosts</c> for every request except the health probes, which an orchestrator addresses by pod IP.
/// A request for any other host gets a plain 400 page.
/// </summary>
internal static class ProbeAwareHostFiltering
{
    private static readonly PathString[] Probes = ["/health", "/health/live", "/health/ready"];

    public static IApplicationBuilder UseProbeAwareHostFiltering(this IApplicationBuilder app, IConfiguration configuration)
    {
        var hosts = (configuration["AllowedHosts"] ?? "*")
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(h => new StringSegment(h))
            .ToArray();
        if (hosts.Length == 0 || hosts.Any(h => h.Equals("*", StringComparison.Ordinal)))
        {
            return app;
        }

        return app.Use(async (context, next) =>
        {
            if (Probes.Contains(context.Request.Path) || HostString.MatchesAny(new StringSegment(context.Request.Host.Host), hosts))
            {
                await next(context);
                return;
            }

            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync("Bad request: this address is not served here.");
        });
    }
}
