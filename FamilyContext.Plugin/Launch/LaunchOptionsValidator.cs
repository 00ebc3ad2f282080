using System.Net;
using FamilyContext.Plugin.Settings;
using Microsoft.Extensions.Options;

namespace FamilyContext.Plugin.Launch;

/// <summary>
/// Reports every bad launch setting at once. Outside Development a CMS's key set must be fetched over https: keys fetched
/// over plain http can be replaced on the way, and whoever replaces them can open any panel. (A loopback address never
/// crosses a network, so it is allowed.)
/// </summary>
internal sealed class LaunchOptionsValidator(IHostEnvironment environment) : IValidateOptions<LaunchOptions>
{
    private const string At = LaunchOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, LaunchOptions options) => SettingChecks.Report(
        [
            (options.MaximumTokenLifetime <= TimeSpan.Zero || options.MaximumTokenLifetime > TimeSpan.FromMinutes(5), $"{At}:MaximumTokenLifetime must be more than 0 and at most 5 minutes."),
            (options.KeyRefreshInterval < TimeSpan.FromSeconds(1), $"{At}:KeyRefreshInterval must be at least 1 second."),
            (string.IsNullOrWhiteSpace(options.Audience), $"{At}:Audience is required."),
            (options.Issuers.Values.Any(i => string.IsNullOrWhiteSpace(i.Issuer) || (i.JsonWebKeySet is null && i.JsonWebKeySetUrl is null)), $"{At}:Issuers: every CMS needs an Issuer and a JsonWebKeySet or JsonWebKeySetUrl."),
            .. options.Issuers.Select(i => (
                !environment.IsDevelopment() && i.Value.JsonWebKeySetUrl is { } url && url.Scheme != Uri.UriSchemeHttps && !IsLoopback(url),
                $"{At}:Issuers:{i.Key}:JsonWebKeySetUrl must be https outside Development (it is {i.Value.JsonWebKeySetUrl})."))
        ]);

    private static bool IsLoopback(Uri url) => url.IsLoopback || (IPAddress.TryParse(url.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
}
