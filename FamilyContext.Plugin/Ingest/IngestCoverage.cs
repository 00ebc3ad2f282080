namespace FamilyContext.Plugin.Ingest;

/// <summary>A source's coverage (DESIGN.md 3.1), as its mapping file states it.</summary>
internal sealed class IngestCoverage
{
    /// <summary>How many years back from the extract's current-as-of date the source covers; sets the coverage start when <see cref="Start"/> is not given.</summary>
    public int? Years { get; set; }

    /// <summary>The first day covered (yyyy-mm-dd).</summary>
    public string? Start { get; set; }

    /// <summary>The last day covered (yyyy-mm-dd); none for a source still being kept.</summary>
    public string? End { get; set; }

    /// <summary>The geographic area, e.g. "Stockport".</summary>
    public string Area { get; set; } = "";

    /// <summary>In plain English, e.g. "Covers conviction records from the last 5 years and suspect records from the last year".</summary>
    public string Explanation { get; set; } = "";
}
