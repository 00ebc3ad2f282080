namespace FamilyContext.Plugin.Access;

/// <summary>
/// One row counting changes to the access and sharing rules, kept by triggers on both tables, so any writer (an admin
/// page on any instance, or a change made in the database itself) moves it. Each instance keeps the rules in memory and
/// re-reads them only when the count it read last has moved: one small read a check instead of two tables.
/// </summary>
internal static class RuleVersionSql
{
    public const string Read = "SELECT version FROM rules_version WHERE id = 1";

    public static readonly string Sqlite = string.Join('\n',
        [
            "CREATE TABLE IF NOT EXISTS rules_version (id INTEGER PRIMARY KEY CHECK (id = 1), version INTEGER NOT NULL);",
            "INSERT OR IGNORE INTO rules_version (id, version) VALUES (1, 0);",
            .. from table in Tables
               from change in (string[])["INSERT", "UPDATE", "DELETE"]
               select $"CREATE TRIGGER IF NOT EXISTS {table}_{change.ToLowerInvariant()}_counted AFTER {change} ON {table} " +
                      "BEGIN UPDATE rules_version SET version = version + 1 WHERE id = 1; END;",
        ]);

    public static readonly string Postgres = string.Join('\n',
        [
            "CREATE TABLE rules_version (id INTEGER PRIMARY KEY CHECK (id = 1), version BIGINT NOT NULL);",
            "INSERT INTO rules_version (id, version) VALUES (1, 0);",
            "CREATE FUNCTION rules_changed() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN UPDATE rules_version SET version = version + 1 WHERE id = 1; RETURN NULL; END $$;",
            .. Tables.Select(table => $"CREATE TRIGGER {table}_counted AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON {table} FOR EACH STATEMENT EXECUTE FUNCTION rules_changed();"),
        ]);

    private static string[] Tables => ["access_rule", "sharing_rule"];
}
