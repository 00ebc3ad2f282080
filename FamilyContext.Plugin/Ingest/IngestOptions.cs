namespace FamilyContext.Plugin.Ingest;

/// <summary>How extracts are judged and where their reports go (configuration section <c>FamilyContext:Ingest</c>).</summary>
internal sealed class IngestOptions
{
    public const string SectionName = "FamilyContext:Ingest";

    /// <summary>Where reports are written unless <c>--report-dir</c> says otherwise. Default <c>ingest-reports</c> in the working folder.</summary>
    public string ReportDirectory { get; set; } = "ingest-reports";

    /// <summary>
    /// The staff directory kept by <c>ingest staff-directory FILE</c> and used by every ingest to fill practitioners'
    /// missing emails and phones. Default <c>staff-directory.csv</c> in the working folder; no file, no filling.
    /// </summary>
    public string StaffDirectory { get; set; } = "staff-directory.csv";

    /// <summary>An extract with a larger share of rows left out as invalid is rejected whole. Default 0.05 (5%).</summary>
    public double MaximumInvalidShare { get; set; } = 0.05;

    /// <summary>An extract whose row count falls by a larger share against the one in service is rejected whole. Default 0.25 (25%).</summary>
    public double MaximumFallShare { get; set; } = 0.25;

    /// <summary>How often a progress line is written when the output is not a terminal (cron, CI, Kubernetes jobs). Default 5 seconds.</summary>
    public TimeSpan ProgressEvery { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Per service (by id): its mapping file, and thresholds overriding the defaults above.</summary>
    public Dictionary<string, IngestServiceOptions> Services { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}
