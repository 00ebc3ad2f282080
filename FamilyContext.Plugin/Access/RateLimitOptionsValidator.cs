using FamilyContext.Plugin.Settings;
using Microsoft.Extensions.Options;

namespace FamilyContext.Plugin.Access;

/// <summary>Reports every bad rate limit at once.</summary>
internal sealed class RateLimitOptionsValidator : IValidateOptions<RateLimitOptions>
{
    private const string At = RateLimitOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, RateLimitOptions options) => SettingChecks.Report(
        (options.WorkerRequestsPerMinute <= 0, $"{At}:WorkerRequestsPerMinute must be more than 0."),
        (options.AddressAttemptsPerMinute <= 0, $"{At}:AddressAttemptsPerMinute must be more than 0."),
        (options.RefusalRecordsPerMinute <= 0, $"{At}:RefusalRecordsPerMinute must be more than 0."));
}
