namespace FamilyContext.Plugin.Lookup.Resilience;

/// <summary>
/// When a failing source stops being asked (configuration section <c>FamilyContext:Lookup:CircuitBreaker</c>).
/// Each service's source has its own circuit; while it is open the service shows Unavailable at once.
/// </summary>
public sealed class SourceCircuitOptions
{
    public const string SectionName = "FamilyContext:Lookup:CircuitBreaker";

    /// <summary>Share of failed or timed-out lookups, within <see cref="SamplingDuration"/>, that opens the circuit. Default 0.5.</summary>
    public double FailureRatio { get; set; } = 0.5;

    /// <summary>Lookups needed in the sampling window before the ratio counts. Default 4 (at least 2).</summary>
    public int MinimumThroughput { get; set; } = 4;

    /// <summary>The window failures are counted over. Default 30 seconds.</summary>
    public TimeSpan SamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long an open circuit stays open before one lookup is let through to try. Default 30 seconds.</summary>
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(30);
}
