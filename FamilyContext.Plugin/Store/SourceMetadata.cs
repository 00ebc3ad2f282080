namespace FamilyContext.Plugin.Store;

/// <summary>What every source says about itself (DESIGN.md 3.1).</summary>
public sealed record SourceMetadata(
    string ServiceId,
    DateTimeOffset CurrentAsOf,
    DateOnly? CoverageStart,
    DateOnly? CoverageEnd,
    string CoverageArea,
    string CoverageExplanation,
    DateTimeOffset LoadedAt,
    int RecordCount);
