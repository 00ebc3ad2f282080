using FamilyContext.Plugin.Settings;
using Microsoft.Extensions.Options;

namespace FamilyContext.Plugin.Database;

/// <summary>
/// Reports every bad database setting of one store's section at once: an unknown provider, or PostgreSQL without a
/// connection string, naming the setting to fix. Each store registers one for its options beside its own validator.
/// </summary>
internal sealed class DatabaseProviderValidator<T>(string section, Func<T, string> provider, Func<T, string?> connectionString) : IValidateOptions<T>
    where T : class
{
    public ValidateOptionsResult Validate(string? name, T options)
    {
        var chosen = provider(options);
        return SettingChecks.Report(
            (!DatabaseProvider.IsPostgres(chosen) && !chosen.Trim().Equals(DatabaseProvider.Sqlite, StringComparison.OrdinalIgnoreCase),
                $"{section}:Provider is not a known database. Use {DatabaseProvider.Sqlite} or {DatabaseProvider.PostgreSql}."),
            (DatabaseProvider.IsPostgres(chosen) && string.IsNullOrWhiteSpace(connectionString(options)),
                $"{section}:ConnectionString is required when {section}:Provider is {DatabaseProvider.PostgreSql} " +
                "(e.g. \"Host=db;Database=familycontext;Username=familycontext;Password=…\")."));
    }
}
