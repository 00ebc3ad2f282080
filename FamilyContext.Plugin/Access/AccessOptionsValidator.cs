using FamilyContext.Plugin.Settings;
using Microsoft.Extensions.Options;

namespace FamilyContext.Plugin.Access;

/// <summary>Reports every bad access setting at once (the database settings: <see cref="Database.DatabaseProviderValidator{T}"/>).</summary>
internal sealed class AccessOptionsValidator : IValidateOptions<AccessOptions>
{
    private const string At = AccessOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, AccessOptions options) => SettingChecks.Report(
        (string.IsNullOrWhiteSpace(options.RoleClaim), $"{At}:RoleClaim is required."),
        (string.IsNullOrWhiteSpace(options.GroupClaim), $"{At}:GroupClaim is required."),
        (options.Rules.Any(r => string.IsNullOrWhiteSpace(r.Subject)), $"{At}:Rules: every rule needs a Subject."));
}
