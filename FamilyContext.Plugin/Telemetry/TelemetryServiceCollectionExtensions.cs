using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace FamilyContext.Plugin.Telemetry;

/// <summary>
/// OpenTelemetry, off unless an OTLP endpoint is configured by the standard variables (<c>OTEL_EXPORTER_OTLP_ENDPOINT</c>,
/// or the traces' or metrics' own endpoint; <c>OTEL_SDK_DISABLED=true</c> turns it off again). Off, nothing is registered.
/// On: the product's spans and metrics, ASP.NET Core's and HttpClient's spans, exported over OTLP as the other
/// <c>OTEL_*</c> variables say (protocol, headers, service name, resource attributes).
/// </summary>
internal static class TelemetryServiceCollectionExtensions
{
    private static readonly string[] Endpoints =
        ["OTEL_EXPORTER_OTLP_ENDPOINT", "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", "OTEL_EXPORTER_OTLP_METRICS_ENDPOINT"];

    public static bool IsTelemetryConfigured(this IConfiguration configuration) =>
        !string.Equals(configuration["OTEL_SDK_DISABLED"], "true", StringComparison.OrdinalIgnoreCase)
        && Endpoints.Any(e => !string.IsNullOrWhiteSpace(configuration[e]));

    public static IServiceCollection AddTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        if (!configuration.IsTelemetryConfigured())
        {
            return services;
        }

        services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(configuration["OTEL_SERVICE_NAME"] ?? "family-context"))
            .WithTracing(tracing => tracing
                .AddSource(FamilyContextTelemetry.Name)
                .AddAspNetCoreInstrumentation(o => o.Filter = http => !http.Request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase))
                .AddHttpClientInstrumentation()
                .AddProcessor(new AddressRedaction())
                .AddOtlpExporter())
            .WithMetrics(metrics => metrics
                .AddMeter(FamilyContextTelemetry.Name)
                .AddOtlpExporter());
        return services;
    }
}
