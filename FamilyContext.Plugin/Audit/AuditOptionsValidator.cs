using FamilyContext.Plugin.Settings;
using Microsoft.Extensions.Options;

namespace FamilyContext.Plugin.Audit;

/// <summary>Reports every bad audit setting at once (the database settings: <see cref="Database.DatabaseProviderValidator{T}"/>).</summary>
internal sealed class AuditOptionsValidator : IValidateOptions<AuditOptions>
{
    private const string At = AuditOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, AuditOptions options) => SettingChecks.Report(
        (options.BusyTimeout <= TimeSpan.Zero || options.BusyTimeout > TimeSpan.FromSeconds(10), $"{At}:BusyTimeout must be more than 0 and at most 10 seconds."));
}
