namespace FamilyContext.Plugin.Sharing;

/// <summary>The sharing rule table's columns after its id, the same in SQLite and PostgreSQL (created_at as round-trip text, so one mapping serves both).</summary>
internal static class SharingRuleSql
{
    public const string SqliteTable = $"CREATE TABLE IF NOT EXISTS sharing_rule (id INTEGER PRIMARY KEY AUTOINCREMENT, {Columns});";

    public const string PostgresTable = $"CREATE TABLE sharing_rule (id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, {Columns});";

    private const string Columns =
        "service_id TEXT NOT NULL, groups_shared TEXT NOT NULL, require_reason INTEGER NOT NULL, ask TEXT, note TEXT, created_by TEXT NOT NULL, created_at TEXT NOT NULL";
}
