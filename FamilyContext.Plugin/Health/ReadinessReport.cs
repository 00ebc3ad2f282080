using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FamilyContext.Plugin.Health;

/// <summary>What <c>/health/ready</c> answers: the overall state and each check's.</summary>
internal sealed record ReadinessReport(HealthStatus Status, IReadOnlyDictionary<string, ReadinessEntry> Checks)
{
    public static ReadinessReport From(HealthReport report) => new(
        report.Status,
        report.Entries.ToDictionary(
            e => e.Key,
            e => new ReadinessEntry(
                e.Value.Status,
                // A timed-out check's description is the framework's own; everything else is written by our checks.
                e.Value.Description,
                (long)e.Value.Duration.TotalMilliseconds,
                e.Value.Data.Count == 0 ? null : e.Value.Data.ToDictionary(d => d.Key, d => d.Value.ToString() ?? ""))));
}

/// <summary>One readiness check's answer; <see cref="Data"/> holds each source's freshness for the <c>sources</c> check.</summary>
internal sealed record ReadinessEntry(HealthStatus Status, string? Description, long DurationMs, IReadOnlyDictionary<string, string>? Data);
