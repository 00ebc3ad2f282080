namespace FamilyContext.Plugin.Store;

/// <summary>Where the local store lives (configuration section <c>FamilyContext:Store</c>).</summary>
public sealed class StoreOptions
{
    public const string SectionName = "FamilyContext:Store";

    /// <summary><c>Sqlite</c> (embedded default) or <c>PostgreSql</c>.</summary>
    public string Provider { get; set; } = "Sqlite";

    /// <summary>
    /// Connection string. For SQLite the default is a file in the app's <c>.data</c> folder; for PostgreSQL it is required.
    /// </summary>
    public string? ConnectionString { get; set; }
}
