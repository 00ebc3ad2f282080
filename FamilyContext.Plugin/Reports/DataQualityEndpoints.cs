using System.Globalization;
using System.Text;
using FamilyContext.Plugin.Admin;
using FamilyContext.Plugin.Audit;
using FamilyContext.Plugin.Ingest;
using FamilyContext.Plugin.Services;
using FamilyContext.Plugin.SignIn;
using FamilyContext.Plugin.Store;
using FamilyContext.Plugin.Time;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace FamilyContext.Plugin.Reports;

/// <summary>Data quality over time, per source (page and CSV): from the store's metadata, the ingest reports and the panels in the audit trail.</summary>
internal static class DataQualityEndpoints
{
    public static async Task<IResult> PageAsync(string? from, string? to, HttpContext http, DataQualitySources sources, CancellationToken ct)
    {
        var parameters = new Dictionary<string, object?> { ["From"] = from, ["To"] = to };
        var (query, errors) = UsageForm.Parse(from, to, null, null, sources.Time, sources.Options.Value);
        if (query is null)
        {
            parameters["Errors"] = errors;
            return new RazorComponentResult<DataQualityPage>(parameters) { StatusCode = StatusCodes.Status400BadRequest };
        }

        parameters["Report"] = await sources.ReportAsync(query, http, ct);
        return new RazorComponentResult<DataQualityPage>(parameters);
    }

    public static async Task<IResult> CsvAsync(string? from, string? to, HttpContext http, DataQualitySources sources, CancellationToken ct)
    {
        var (query, errors) = UsageForm.Parse(from, to, null, null, sources.Time, sources.Options.Value);
        if (query is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The report is not valid", detail: string.Join(". ", errors.Values));
        }

        var report = await sources.ReportAsync(query, http, ct);
        return Results.File(Encoding.UTF8.GetBytes(Csv(report)), "text/csv; charset=utf-8",
            $"family-context-data-quality-{UsageForm.Iso(query.From)}-to-{UsageForm.Iso(query.To)}.csv");
    }

    private static string Csv(DataQualityReport report)
    {
        var csv = new StringBuilder().Append('\uFEFF');
        UsageCsv.Line(csv, ["From", UsageForm.Iso(report.Query.From), "To", UsageForm.Iso(report.Query.To)]);
        csv.Append("\r\n");
        UsageCsv.Line(csv, ["Service", "Current as of", "Rows now", "Status", "Ingests", "Extracts rejected", "Panels checked", "Panels unavailable", "Unavailable share (%)"]);
        foreach (var s in report.Sources)
        {
            UsageCsv.Line(csv, [s.Now.Name, s.Now.CurrentAsOf is { } c ? UkDates.Sortable(c) : "", UsageCsv.Number(s.Now.RecordCount), s.Now.Status,
                UsageCsv.Number(s.Ingests), UsageCsv.Number(s.Rejected), UsageCsv.Number(s.Panels?.Panels ?? 0), UsageCsv.Number(s.Panels?.PanelsUnavailable ?? 0),
                UsageCsv.Percent(s.Panels?.UnavailableShare ?? 0)]);
        }

        csv.Append("\r\n");
        UsageCsv.Line(csv, ["Finished", "Service", "File", "Outcome", "Current as of", "Rows read", "Rows loaded", "Rows left out",
            "Matchable on a strong identifier (%)", "With a postcode (%)", "Practitioner name (%)", "Phone (%)", "Email (%)"]);
        foreach (var i in report.Ingests)
        {
            UsageCsv.Line(csv, [UkDates.Sortable(i.FinishedAt), i.ServiceName, i.FileName, i.Outcome, UkDates.Sortable(i.CurrentAsOf),
                UsageCsv.Number(i.RowsRead), UsageCsv.Number(i.RowsLoaded), UsageCsv.Number(i.RowsRejected),
                Share(i.StrongIdentifierPercent), Share(i.PostcodePercent), Share(i.NamePercent), Share(i.PhonePercent), Share(i.EmailPercent)]);
        }

        return csv.ToString();
    }

    private static string Share(double percent) => percent.ToString("0.0", CultureInfo.InvariantCulture);
}

/// <summary>What the data-quality report reads, gathered for its endpoints.</summary>
internal sealed class DataQualitySources(ServiceCatalogue catalogue, IRecordStore store, IngestHistory ingests, ReportRecords records,
    AuditTrail audit, TimeProvider time, IOptions<ReportsOptions> options)
{
    public TimeProvider Time => time;

    public IOptions<ReportsOptions> Options => options;

    // Viewing the report is itself recorded, and counts only what existed before it.
    public async Task<DataQualityReport> ReportAsync(UsageQuery query, HttpContext http, CancellationToken ct)
    {
        var own = await audit.RecordAsync(new AuditEntry(AuditActions.ReportViewed, AuditOutcomes.Allowed, StaffClaims.SubjectOf(http.User),
            Detail: $"data-quality from={UsageForm.Iso(query.From)} to={UsageForm.Iso(query.To)}"), ct);
        var usage = await records.UsageAsync(query, options.Value, own.Sequence - 1, ct);
        var (reports, unreadable) = await ingests.ReadAsync(UkDates.StartOfDay(query.From), UkDates.EndOfDay(query.To), ct);
        var now = await SourceFreshness.ReadAsync(catalogue, store, time, ct);
        var sources = now.Select(s => new SourceQuality(s,
            reports.Count(r => r.ServiceId == s.ServiceId),
            reports.Count(r => r.ServiceId == s.ServiceId && r.Outcome == IngestReport.Rejected),
            usage.Services.FirstOrDefault(f => f.ServiceId == s.ServiceId))).ToList();
        return new DataQualityReport(query, sources, [.. reports.Select(IngestRow.From)], unreadable);
    }
}
