using FamilyContext.Plugin.Settings;
using Microsoft.Extensions.Options;

namespace FamilyContext.Plugin.Lookup.Caching;

/// <summary>Reports every bad lookup cache setting at once.</summary>
internal sealed class LookupCacheOptionsValidator : IValidateOptions<LookupCacheOptions>
{
    private const string At = LookupCacheOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, LookupCacheOptions options) => SettingChecks.Report(
        (options.MemoryEntryLimit <= 0, $"{At}:MemoryEntryLimit must be more than 0."),
        (options.GenerationCheckInterval < TimeSpan.Zero, $"{At}:GenerationCheckInterval must not be negative."),
        (options.RedisRetryAfter <= TimeSpan.Zero, $"{At}:RedisRetryAfter must be positive."));
}
