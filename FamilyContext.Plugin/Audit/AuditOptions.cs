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
    /// How long an append waits — for the batches ahead of it and for a database another writer holds locked — before it
    /// fails, and, failing, nothing is shown. SQLite and PostgreSQL. Default 3 seconds; at most 10.
    /// </summary>
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(3);
}
