namespace FamilyContext.Plugin.Ingest;

/// <summary>One service's ingest settings (<c>FamilyContext:Ingest:Services:{id}</c>).</summary>
internal sealed class IngestServiceOptions
{
    /// <summary>The mapping file used when <c>--mapping</c> is not given.</summary>
    public string? Mapping { get; set; }

    public double? MaximumInvalidShare { get; set; }

    public double? MaximumFallShare { get; set; }

    /// <summary>Which records count (DESIGN.md 3.2): a record is loaded only when it meets every rule. None by default.</summary>
    public List<CohortRule> Cohort { get; set; } = [];
}
