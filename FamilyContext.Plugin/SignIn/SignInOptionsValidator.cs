using FamilyContext.Plugin.Settings;
using Microsoft.Extensions.Options;

namespace FamilyContext.Plugin.SignIn;

/// <summary>Reports every bad staff sign-in setting at once.</summary>
internal sealed class SignInOptionsValidator : IValidateOptions<SignInOptions>
{
    private const string At = SignInOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, SignInOptions options) => SettingChecks.Report(
        (options.Enabled && string.IsNullOrWhiteSpace(options.ClientId), $"{At}:ClientId is required when Authority is set."),
        (options.Enabled && string.IsNullOrWhiteSpace(options.ClientSecret), $"{At}:ClientSecret is required when Authority is set."),
        (options.Enabled && options.Authority!.Scheme != Uri.UriSchemeHttps && (options.RequireHttpsMetadata || !options.Authority.IsLoopback), $"{At}:Authority must be https (http only for a loopback test provider with RequireHttpsMetadata false)."),
        (!options.Scopes.Split(' ').Contains("openid"), $"{At}:Scopes must include openid."),
        (options.SessionLifetime <= TimeSpan.Zero || options.SessionLifetime > TimeSpan.FromHours(24), $"{At}:SessionLifetime must be more than 0 and at most 24 hours."));
}
