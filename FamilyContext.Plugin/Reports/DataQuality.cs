using FamilyContext.Plugin.Admin;
using FamilyContext.Plugin.Ingest;

namespace FamilyContext.Plugin.Reports;

/// <summary>
/// Data quality per source over a range: its state now (current as of, rows, fresh or stale), each ingest in the range
/// (rows, completeness of the fields lookups match on and of the contact details, rejected extracts), and the share of
/// panels in which the source came back Unavailable.
/// </summary>
public sealed record DataQualityReport(UsageQuery Query, IReadOnlyList<SourceQuality> Sources, IReadOnlyList<IngestRow> Ingests, int UnreadableReports);

public sealed record SourceQuality(SourceFreshness Now, int Ingests, int Rejected, ServiceFigures? Panels)
{
    public bool Stale => Now.Status is not "Fresh";
}

/// <summary>One ingest as the report shows it; completeness in per cent of the rows loaded.</summary>
public sealed record IngestRow(DateTimeOffset FinishedAt, string ServiceId, string ServiceName, string FileName, string Outcome, DateTimeOffset CurrentAsOf,
    long RowsRead, long RowsLoaded, long RowsRejected, double StrongIdentifierPercent, double PostcodePercent, double NamePercent, double PhonePercent, double EmailPercent)
{
    public bool Rejected => Outcome == IngestReport.Rejected;

    internal static IngestRow From(IngestReport r) => new(r.FinishedAt, r.ServiceId, r.ServiceName, r.FileName, r.Outcome, r.CurrentAsOf,
        r.RowsRead, r.RowsLoaded, r.RowsRejected, r.Matchability.StrongIdentifierPercent, r.Matchability.PostcodePercent,
        r.Contact.NamePercent, r.Contact.PhonePercent, r.Contact.EmailPercent);
}
