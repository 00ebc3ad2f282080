namespace FamilyContext.Plugin.Store;

/// <summary>A <see cref="SourceMetadata"/> as the store holds it.</summary>
internal sealed class MetadataRow
{
    public string service_id { get; set; } = "";
    public string current_as_of { get; set; } = "";
    public string? coverage_start { get; set; }
    public string? coverage_end { get; set; }
    public string coverage_area { get; set; } = "";
    public string coverage_explanation { get; set; } = "";
    public string loaded_at { get; set; } = "";
    public long record_count { get; set; }

    public static MetadataRow From(SourceMetadata m) => new()
    {
        service_id = m.ServiceId,
        current_as_of = DateText.From(m.CurrentAsOf),
        coverage_start = DateText.From(m.CoverageStart),
        coverage_end = DateText.From(m.CoverageEnd),
        coverage_area = m.CoverageArea,
        coverage_explanation = m.CoverageExplanation,
        loaded_at = DateText.From(m.LoadedAt),
        record_count = m.RecordCount,
    };

    public SourceMetadata ToMetadata() => new(
        service_id,
        DateText.ToInstant(current_as_of),
        DateText.ToDate(coverage_start),
        DateText.ToDate(coverage_end),
        coverage_area,
        coverage_explanation,
        DateText.ToInstant(loaded_at),
        (int)record_count);
}
