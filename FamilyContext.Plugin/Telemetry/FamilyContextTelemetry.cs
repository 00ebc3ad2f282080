using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace FamilyContext.Plugin.Telemetry;

/// <summary>
/// The product's own traces and metrics. With no listener (OpenTelemetry off, the default) starting a span returns null
/// and recording a measurement returns at once, so the hot path pays next to nothing. Tags hold service ids, flag states,
/// outcomes and audit actions only: never a person, worker, child, session or record id.
/// </summary>
internal static class FamilyContextTelemetry
{
    public const string Name = "FamilyContext";

    public static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    public static readonly Histogram<double> PanelDuration = Meter.CreateHistogram<double>(
        "familycontext.panel.duration", "s", "Time to build a child's panel: the CMS, then every lookup");

    public static readonly Counter<long> Lookups = Meter.CreateCounter<long>(
        "familycontext.lookups", "{lookup}", "Lookups of a person with a service, by the flag state they gave");

    public static readonly Counter<long> CacheRequests = Meter.CreateCounter<long>(
        "familycontext.cache.requests", "{request}", "Lookups answered from the cache (hit) or asked of the source (miss)");

    public static readonly Histogram<double> SourceDuration = Meter.CreateHistogram<double>(
        "familycontext.source.duration", "s", "Time a source took to answer (or to fail)");

    public static readonly Counter<long> SourceUnavailable = Meter.CreateCounter<long>(
        "familycontext.source.unavailable", "{answer}", "Lookups that came back Unavailable, by service");

    public static readonly Histogram<double> AuditAppendDuration = Meter.CreateHistogram<double>(
        "familycontext.audit.append.duration", "s", "Time to write an audit record durably");

    public static readonly Counter<long> IngestRows = Meter.CreateCounter<long>(
        "familycontext.ingest.rows", "{row}", "Extract rows read by an ingest, by service and whether they were loaded");

    /// <summary>A start time for a histogram, or 0 when nothing listens (then <see cref="Record"/> does nothing).</summary>
    public static long Start(Histogram<double> histogram) => histogram.Enabled ? Stopwatch.GetTimestamp() : 0;

    public static void Record(Histogram<double> histogram, long started, in TagList tags)
    {
        if (started != 0)
        {
            histogram.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, tags);
        }
    }
}
