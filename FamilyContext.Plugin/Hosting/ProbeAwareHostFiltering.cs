using FamilyContext.Plugin.Settings;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace FamilyContext.Plugin.Hosting;

/// <summary>
/// <c>AllowedHosts</c> for every request except the health probes, which an orchestrator addresses by pod IP.
/// A request for any other host gets a plain 400 page. At start-up, a warning when <c>AllowedHosts</c> would refuse the
/// host of <c>FamilyContext:Hosting:PublicUrl</c>: otherwise every request would get that 400 page with nothing logged.
/// </summary>
internal static partial class ProbeAwareHostFiltering
{
    private static readonly PathString[] Probes = ["/health", "/health/live", "/health/ready"];

    public static IApplicationBuilder UseProbeAwareHostFiltering(this IApplicationBuilder app, IConfiguration configuration)
    {
        var hosts = PublicAddress.AllowedHostPatterns(configuration);
        if (hosts is null)
        {
            return app;
        }

        if (app.ApplicationServices.GetRequiredService<IOptions<HostingOptions>>().Value.PublicUrl is { } publicUrl && !PublicAddress.IsAllowed(configuration, publicUrl))
        {
            PublicHostRefused(app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ProbeAwareHostFiltering).FullName!),
                configuration["AllowedHosts"] ?? "", publicUrl.Host);
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

    [LoggerMessage(EventId = 9101, Level = LogLevel.Warning,
        Message = "AllowedHosts (\"{AllowedHosts}\") would refuse {PublicHost}, the host of FamilyContext:Hosting:PublicUrl: every request for it would get 400 \"this address is not served here\". Add the host to AllowedHosts (separated by semicolons).")]
    private static partial void PublicHostRefused(ILogger logger, string allowedHosts, string publicHost);
}
