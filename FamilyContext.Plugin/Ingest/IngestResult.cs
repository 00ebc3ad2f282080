namespace FamilyContext.Plugin.Ingest;

/// <summary>How an ingest ended: its report, where the report was written, and the command's exit code.</summary>
internal sealed record IngestResult(IngestReport Report, string JsonPath, string HtmlPath)
{
    public const int LoadedCode = 0;
    public const int RejectedCode = 1;
    public const int MisconfiguredCode = 2;

    public int ExitCode => Report.Outcome is IngestReport.Loaded or IngestReport.WouldLoad ? LoadedCode : RejectedCode;
}
