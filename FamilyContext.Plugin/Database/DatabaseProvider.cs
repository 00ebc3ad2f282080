using Microsoft.Extensions.Options;

namespace FamilyContext.Plugin.Database;

/// <summary>
/// The databases a store may be kept in, named by a <c>Provider</c> setting: <c>Sqlite</c> (embedded) or
/// <c>PostgreSql</c> (shared by every instance, connection string required). One validation for every such section.
/// </summary>
internal static class DatabaseProvider
{
    public const string Sqlite = "Sqlite";
    public const string PostgreSql = "PostgreSql";

    public static bool IsPostgres(string provider) => provider.Trim().Equals(PostgreSql, StringComparison.OrdinalIgnoreCase);

    /// <summary>Stops start-up on an unknown provider, or PostgreSQL without a connection string, naming the setting to fix.</summary>
    public static OptionsBuilder<T> ValidateProvider<T>(this OptionsBuilder<T> builder, string section, Func<T, string> provider, Func<T, string?> connectionString)
        where T : class =>
        builder
            .Validate(o => IsPostgres(provider(o)) || provider(o).Trim().Equals(Sqlite, StringComparison.OrdinalIgnoreCase),
                $"{section}:Provider is not a known database. Use {Sqlite} or {PostgreSql}.")
            .Validate(o => !IsPostgres(provider(o)) || !string.IsNullOrWhiteSpace(connectionString(o)),
                $"{section}:ConnectionString is required when {section}:Provider is {PostgreSql} " +
                "(e.g. \"Host=db;Database=familycontext;Username=familycontext;Password=…\").");
}
