namespace FamilyContext.Plugin.Ingest;

/// <summary>The dates a row is judged against: today (nothing may be later) and the source's coverage period.</summary>
internal sealed record IngestWindow(DateOnly Today, DateOnly? CoverageStart, DateOnly? CoverageEnd);
