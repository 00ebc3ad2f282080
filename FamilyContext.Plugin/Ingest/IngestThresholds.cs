namespace FamilyContext.Plugin.Ingest;

/// <summary>When an extract is rejected whole: the share of invalid rows, and the fall in rows against the extract in service.</summary>
internal sealed record IngestThresholds(double MaximumInvalidShare, double MaximumFallShare);
