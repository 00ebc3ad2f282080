namespace FamilyContext.Plugin.Audit;

/// <summary>Where the audit trail is kept (configuration section <c>FamilyContext:Audit</c>).</summary>
public sealed class AuditOptions
{
    public const string SectionName = "FamilyContext:Audit";

    /// <summary><c>Sqlite</c> (embedded default, its own file) or <c>PostgreSql</c> (one trail shared by every instance).</summary>
    public string Provider { get; set; } = "Sqlite";

    /// <summary>Connection string. Default for SQLite: <c>.data/audit.db</c> under the app's folder; for PostgreSQL it is required.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// SQLite only: how long an append waits for a database another writer holds locked (and for this process's own earlier
    /// appends) before it fails — and, failing, nothing is shown. Default 3 seconds; at most 10 (SQLite counts whole seconds, at least 1).
    /// </summary>
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(3);
}
