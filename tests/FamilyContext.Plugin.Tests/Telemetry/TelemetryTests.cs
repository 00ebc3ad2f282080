using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using FamilyContext.Plugin.Abstractions;
using FamilyContext.Plugin.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace FamilyContext.Plugin.Tests.Telemetry;

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TelemetryCollection
{
    // Spans and metrics are heard process-wide: the tests that count them run alone.
    public const string Name = "Telemetry";
}

/// <summary>OpenTelemetry: off unless an OTLP endpoint is configured; on, one panel's spans linked parent to child, and the metrics.</summary>
[Collection(TelemetryCollection.Name)]
public sealed class TelemetryTests
{
    [Fact]
    public void Nothing_is_registered_when_no_OTLP_endpoint_is_configured()
    {
        using var factory = new PluginFactory();
        _ = factory.Server;

        Assert.Null(factory.Services.GetService<TracerProvider>());
        Assert.Null(factory.Services.GetService<MeterProvider>());
    }

    [Fact]
    public async Task One_panel_gives_linked_spans_from_the_request_to_the_CMS_lookups_and_audit_and_the_metrics_exported_over_OTLP()
    {
        await using var collector = await OtlpCollector.StartAsync();
        var spans = new List<Activity>();
        var metrics = new List<Metric>();
        using var factory = new PluginFactory
        {
            ConfigureServices = services => services
                .ConfigureOpenTelemetryTracerProvider(t => t.AddInMemoryExporter(spans))
                .ConfigureOpenTelemetryMeterProvider(m => m.AddInMemoryExporter(metrics)),
        };
        factory.Settings["OTEL_EXPORTER_OTLP_ENDPOINT"] = collector.Address;
        factory.Settings["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf";
        var (child, mother) = factory.AddChildAndMother();
        await factory.Store.LoadAsync("police", factory.Time.GetUtcNow(), People.Record("police", "P1", People.AsRecorded(mother)));
        using var browser = factory.Browser();
        var session = await factory.LaunchAsync(browser, child.Id);
        var trace = ActivityTraceId.CreateRandom();

        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"/panel/{session}", UriKind.Relative));
        request.Headers.Add("traceparent", $"00-{trace}-{ActivitySpanId.CreateRandom()}-01");
        var response = await browser.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(factory.Services.GetRequiredService<TracerProvider>().ForceFlush());
        Assert.True(factory.Services.GetRequiredService<MeterProvider>().ForceFlush());

        var panel = spans.Where(s => s.TraceId == trace).ToList();
        var server = Assert.Single(panel, s => s.Kind == ActivityKind.Server);
        Assert.Equal("GET /panel/{sessionId}", server.DisplayName);
        var build = Assert.Single(panel, s => s.OperationName == "panel.build");
        Assert.Equal(server.SpanId, build.ParentSpanId);
        Assert.Equal(build.SpanId, Assert.Single(panel, s => s.OperationName == "cms.family").ParentSpanId);
        var lookups = panel.Where(s => s.OperationName == "lookup").ToList();
        Assert.Equal(8, lookups.Count); // two people, four services
        Assert.All(lookups, l => Assert.Equal(build.SpanId, l.ParentSpanId));
        var police = Assert.Single(panel, s => s.OperationName == "source.query" && Equals(s.GetTagItem("familycontext.service"), "police")
            && lookups.Any(l => l.SpanId == s.ParentSpanId && Equals(l.GetTagItem("familycontext.flag"), "Current")));
        Assert.NotNull(police);
        var audit = Assert.Single(panel, s => s.OperationName == "audit.append" && Equals(s.GetTagItem("familycontext.audit.action"), "panel-shown"));
        Assert.Contains(panel, s => s.SpanId == audit.ParentSpanId);
        // Where, never whom: no path, session or person id in any tag.
        Assert.All(panel, s => Assert.All(s.TagObjects, t =>
        {
            Assert.DoesNotContain(session, t.Value?.ToString() ?? "", StringComparison.Ordinal);
            Assert.DoesNotContain(mother.Id, t.Value?.ToString() ?? "", StringComparison.Ordinal);
            Assert.DoesNotContain(child.Id, t.Value?.ToString() ?? "", StringComparison.Ordinal);
        }));

        Assert.Equal(8, Sum(metrics, "familycontext.lookups"));
        Assert.Equal(1, Sum(metrics, "familycontext.lookups", ("service", "police"), ("state", "Current")));
        // The age rules leave four lookups unasked (police, housing and adult care for the child, school for the mother);
        // the other four went to their sources, the cache being empty.
        Assert.Equal(4, Sum(metrics, "familycontext.cache.requests", ("result", "miss")));
        Assert.Equal(0, Sum(metrics, "familycontext.cache.requests", ("result", "hit")));
        Assert.Equal(1, Count(metrics, "familycontext.panel.duration"));
        Assert.True(Count(metrics, "familycontext.source.duration", ("service", "police")) >= 1);
        Assert.Equal(1, Count(metrics, "familycontext.audit.append.duration", ("action", "panel-shown")));
        Assert.Equal(0, Sum(metrics, "familycontext.source.unavailable"));

        // And the OTLP exporter, configured by OTEL_* alone, sends both signals to the collector.
        await factory.DisposeAsync();
        Assert.Contains("/v1/traces", collector.Paths);
        Assert.Contains("/v1/metrics", collector.Paths);
    }

    private static List<MetricPoint> Points(List<Metric> metrics, string name, (string Key, string Value)[] tags)
    {
        var points = new List<MetricPoint>();
        // The exporter hands over the same Metric after each collection: the last one holds the totals.
        foreach (var metric in metrics.Where(m => m.Name == name).TakeLast(1))
        {
            foreach (ref readonly var point in metric.GetMetricPoints())
            {
                var pointTags = new Dictionary<string, object?>();
                foreach (var tag in point.Tags)
                {
                    pointTags[tag.Key] = tag.Value;
                }

                if (tags.All(t => Equals(pointTags.GetValueOrDefault(t.Key), t.Value)))
                {
                    points.Add(point);
                }
            }
        }

        return points;
    }

    private static long Sum(List<Metric> metrics, string name, params (string Key, string Value)[] tags) =>
        Points(metrics, name, tags).Sum(p => p.GetSumLong());

    private static long Count(List<Metric> metrics, string name, params (string Key, string Value)[] tags) =>
        Points(metrics, name, tags).Sum(p => p.GetHistogramCount());

    /// <summary>A stand-in OTLP collector over real HTTP on a loopback port: it accepts every export and notes its path.</summary>
    private sealed class OtlpCollector : IAsyncDisposable
    {
        private readonly WebApplication _app;

        private OtlpCollector(WebApplication app) => _app = app;

        public ConcurrentBag<string> Paths { get; } = [];

        public string Address => _app.Urls.First();

        public static async Task<OtlpCollector> StartAsync()
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            var app = builder.Build();
            var collector = new OtlpCollector(app);
            app.Run(http =>
            {
                collector.Paths.Add(http.Request.Path.Value ?? "");
                http.Response.ContentType = "application/x-protobuf";
                return Task.CompletedTask;
            });
            await app.StartAsync();
            return collector;
        }

        public async ValueTask DisposeAsync() => await _app.DisposeAsync();
    }
}
