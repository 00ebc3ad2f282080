using FamilyContext.Plugin.Settings;
using Microsoft.Extensions.Options;

namespace FamilyContext.Plugin.Lookup.Resilience;

/// <summary>Reports every bad circuit breaker setting at once.</summary>
internal sealed class SourceCircuitOptionsValidator : IValidateOptions<SourceCircuitOptions>
{
    private const string At = SourceCircuitOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, SourceCircuitOptions options) => SettingChecks.Report(
        (options.FailureRatio is not (> 0 and <= 1), $"{At}:FailureRatio must be more than 0 and at most 1."),
        (options.MinimumThroughput < 2, $"{At}:MinimumThroughput must be at least 2."),
        (options.SamplingDuration < TimeSpan.FromMilliseconds(500), $"{At}:SamplingDuration must be at least 0.5 seconds."),
        (options.BreakDuration < TimeSpan.FromMilliseconds(500), $"{At}:BreakDuration must be at least 0.5 seconds."));
}
