using System.Text.RegularExpressions;
using FamilyContext.Plugin.Settings;
using Microsoft.Extensions.Options;

namespace FamilyContext.Plugin.OriginalApi;

/// <summary>Reports every bad setting of the original API at once.</summary>
internal sealed partial class OriginalApiOptionsValidator : IValidateOptions<OriginalApiOptions>
{
    private const string At = OriginalApiOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, OriginalApiOptions options) => SettingChecks.Report(
        (options.Enabled && options.Clients.Count == 0, $"{At}:Clients: at least one client is needed when {At}:Enabled is true."),
        (options.Clients.Values.Any(c => !Sha256Hex().IsMatch(c.KeySha256)), $"{At}:Clients:<name>:KeySha256 must be the SHA-256 of the client's key as 64 hex digits."),
        (options.DefaultResultsPerPage < 1 || options.MaximumResultsPerPage < options.DefaultResultsPerPage, $"{At}:DefaultResultsPerPage must be at least 1 and at most {At}:MaximumResultsPerPage."));

    [GeneratedRegex(@"\A[0-9a-fA-F]{64}\z")]
    private static partial Regex Sha256Hex();
}
