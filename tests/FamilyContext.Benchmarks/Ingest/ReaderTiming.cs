namespace FamilyContext.Benchmarks.Ingest;

/// <summary>One CSV reader over the benchmark's file: data rows and characters read (to check they agree) and seconds taken.</summary>
public sealed record ReaderTiming(string Reader, long Rows, long Characters, double Seconds);
