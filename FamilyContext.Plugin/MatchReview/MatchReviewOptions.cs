namespace FamilyContext.Plugin.MatchReview;

/// <summary>Where clerical reviews of possible matches are kept (configuration section <c>FamilyContext:MatchReview</c>).</summary>
public sealed class MatchReviewOptions
{
    public const string SectionName = "FamilyContext:MatchReview";

    /// <summary><c>Sqlite</c> (embedded default) or <c>PostgreSql</c> (shared by every instance: use it with more than one).</summary>
    public string Provider { get; set; } = "Sqlite";

    /// <summary>Default for SQLite: <c>.data/match-review.db</c> under the app's folder; for PostgreSQL it is required.</summary>
    public string? ConnectionString { get; set; }
}
