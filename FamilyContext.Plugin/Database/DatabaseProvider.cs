namespace FamilyContext.Plugin.Database;

/// <summary>
/// The databases a store may be kept in, named by a <c>Provider</c> setting: <c>Sqlite</c> (embedded) or
/// <c>PostgreSql</c> (shared by every instance, connection string required). Each such section is checked by <see cref="DatabaseProviderValidator{T}"/>.
/// </summary>
internal static class DatabaseProvider
{
    public const string Sqlite = "Sqlite";
    public const string PostgreSql = "PostgreSql";

    public static bool IsPostgres(string provider) => provider.Trim().Equals(PostgreSql, StringComparison.OrdinalIgnoreCase);
}
