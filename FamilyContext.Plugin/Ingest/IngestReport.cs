namespace FamilyContext.Plugin.Ingest;

/// <summary>
/// The data-quality report of one ingest, after the original project's data-quality checklists. It names rows,
/// fields and reasons, never a value: it goes to the data owners.
/// </summary>
internal sealed record IngestReport(
    string ServiceId,
    string ServiceName,
    string FileName,
    string FileSha256,
    string Outcome,
    bool DryRun,
    IReadOnlyList<string> Reasons,
    DateTimeOffset StartedAt,
    DateTimeOffset FinishedAt,
    DateTimeOffset CurrentAsOf,
    DateOnly? CoverageStart,
    DateOnly? CoverageEnd,
    long RowsRead,
    long RowsLoaded,
    long RowsRejected,
    long RowsOutsideCohort,
    IReadOnlyList<CohortCount> Cohort,
    IReadOnlyList<FieldQuality> Fields,
    InvolvementMix Involvement,
    Matchability Matchability,
    ContactCompleteness Contact,
    long PossibleDuplicatePeople,
    IReadOnlyList<ReportedProblem> Problems,
    long ProblemsNotListed,
    ExtractChange Change,
    long? Generation)
{
    public const string Loaded = "Loaded";
    public const string Rejected = "Rejected";
    public const string WouldLoad = "Checked: would load";
    public const string WouldReject = "Checked: would be rejected";
}

/// <summary>Completeness (share of rows with a value) and validity (share of values well formed) of one field, in per cent.</summary>
internal sealed record FieldQuality(string Field, long Present, long Valid, double CompletenessPercent, double ValidityPercent, DateOnly? Earliest, DateOnly? Latest);

/// <summary>One cohort rule and the valid rows it left out of the load.</summary>
internal sealed record CohortCount(string Rule, long RowsLeftOut);

internal sealed record InvolvementMix(long Current, long Historic, long None);

/// <summary>How many loaded rows a lookup could match on strong evidence (NHS number, UPN, person key) or with a postcode.</summary>
internal sealed record Matchability(double StrongIdentifierPercent, double PostcodePercent, double EitherPercent);

/// <summary>Shares of loaded rows with each contact detail (after the staff directory), and how many the directory filled.</summary>
internal sealed record ContactCompleteness(double NamePercent, double PhonePercent, double EmailPercent, long EmailsFromDirectory, long PhonesFromDirectory);

internal sealed record ReportedProblem(long Row, string Field, string Reason, bool RowLeftOut);

/// <summary>Against the extract in service before this one: rows, and involvements that began or ended being current.</summary>
internal sealed record ExtractChange(long? PreviousRows, double? RowChangePercent, long? InvolvementsStarted, long? InvolvementsEnded);
