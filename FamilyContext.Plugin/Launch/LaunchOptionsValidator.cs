using FamilyContext.Plugin.Settings;
using Microsoft.Extensions.Options;

namespace FamilyContext.Plugin.Launch;

/// <summary>Reports every bad launch setting at once.</summary>
internal sealed class LaunchOptionsValidator : IValidateOptions<LaunchOptions>
{
    private const string At = LaunchOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, LaunchOptions options) => SettingChecks.Report(
        (options.MaximumTokenLifetime <= TimeSpan.Zero || options.MaximumTokenLifetime > TimeSpan.FromMinutes(5), $"{At}:MaximumTokenLifetime must be more than 0 and at most 5 minutes."),
        (options.KeyRefreshInterval < TimeSpan.FromSeconds(1), $"{At}:KeyRefreshInterval must be at least 1 second."),
        (string.IsNullOrWhiteSpace(options.Audience), $"{At}:Audience is required."),
        (options.Issuers.Values.Any(i => string.IsNullOrWhiteSpace(i.Issuer) || (i.JsonWebKeySet is null && i.JsonWebKeySetUrl is null)), $"{At}:Issuers: every CMS needs an Issuer and a JsonWebKeySet or JsonWebKeySetUrl."));
}
