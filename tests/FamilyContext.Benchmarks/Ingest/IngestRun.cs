namespace FamilyContext.Benchmarks.Ingest;

/// <summary>One end-to-end ingest into one store: outcome, rows loaded, wall and processor time, peak memory.</summary>
public sealed record IngestRun(string Store, int ExitCode, long RowsLoaded, double Seconds, double CpuSeconds, double PeakMegabytes);
