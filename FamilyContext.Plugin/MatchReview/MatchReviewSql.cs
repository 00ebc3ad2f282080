namespace FamilyContext.Plugin.MatchReview;

/// <summary>The review table's columns after its id, in SQL both SQLite and PostgreSQL accept. Instants and dates are ISO 8601 text.</summary>
internal static class MatchReviewSql
{
    public const string Columns =
        "cms TEXT NOT NULL, person_id TEXT NOT NULL, service_id TEXT NOT NULL, record_id TEXT NOT NULL, identity_hash TEXT NOT NULL, " +
        "generation BIGINT, outcome TEXT NOT NULL, decided_by TEXT NOT NULL, decided_by_name TEXT NOT NULL, spoke_to TEXT, spoke_on TEXT, note TEXT, " +
        "decided_at TEXT NOT NULL, child_id TEXT, reversed_by TEXT, reversed_at TEXT, reversal_reason TEXT";

    public const string Index = "CREATE INDEX ix_match_review_person ON match_review (cms, person_id, service_id);";
}
