namespace FamilyContext.Plugin.Ingest;

/// <summary>One service's ingest settings (<c>FamilyContext:Ingest:Services:{id}</c>).</summary>
internal sealed class IngestServiceOptions
{
    /// <summary>The mapping file used when <c>--mapping</c> is not given.</summary>
    public string? Mapping { get; set; }

    public double? MaximumInvalidShare { get; set; }

    public double? MaximumFallShare { get; set; }
}
