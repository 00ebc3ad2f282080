namespace FamilyContext.Plugin.Ingest;

/// <summary>One ingest as the command line asks for it.</summary>
internal sealed record IngestRequest(
    string ServiceId,
    string FilePath,
    string? MappingPath = null,
    DateTimeOffset? CurrentAsOf = null,
    bool DryRun = false,
    string? ReportDirectory = null,
    string? Actor = null);
