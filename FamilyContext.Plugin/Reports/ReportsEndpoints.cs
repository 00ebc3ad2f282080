using System.Text;
using FamilyContext.Plugin.Audit;
using FamilyContext.Plugin.Services;
using FamilyContext.Plugin.SignIn;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace FamilyContext.Plugin.Reports;

/// <summary>
/// The reports for team managers and information governance, computed from the audit trail: use and value by week or
/// month (page and CSV); who looked at a person; unusual access. Admin pages: the same sign-in and roles as the rest of /admin.
/// </summary>
internal static class ReportsEndpoints
{
    public static IEndpointRouteBuilder MapReports(this IEndpointRouteBuilder app)
    {
        var reports = app.MapGroup("/admin/reports").RequireAuthorization(StaffPolicies.Admin).ExcludeFromDescription();
        reports.MapGet("/", PageAsync);
        reports.MapGet("/usage.csv", CsvAsync);
        reports.MapGet("/person", PersonAccessEndpoints.PageAsync);
        reports.MapGet("/person.csv", PersonAccessEndpoints.CsvAsync);
        reports.MapGet("/unusual", UnusualAccessEndpoints.PageAsync);
        reports.MapGet("/data-quality", DataQualityEndpoints.PageAsync);
        reports.MapGet("/data-quality.csv", DataQualityEndpoints.CsvAsync);
        return app;
    }

    private static async Task<IResult> PageAsync(string? from, string? to, string? period, string? team, HttpContext http, ReportRecords records,
        ServiceCatalogue catalogue, IOptions<ReportsOptions> options, TimeProvider time, AuditTrail audit, CancellationToken ct)
    {
        var parameters = new Dictionary<string, object?> { ["From"] = from, ["To"] = to, ["Period"] = period, ["Team"] = team, ["Names"] = Names(catalogue) };
        var (query, errors) = UsageForm.Parse(from, to, period, team, time, options.Value);
        if (query is null)
        {
            parameters["Errors"] = errors;
            return new RazorComponentResult<ReportsPage>(parameters) { StatusCode = StatusCodes.Status400BadRequest };
        }

        parameters["Report"] = await UsageAsync(query, http, records, options.Value, audit, ct);
        return new RazorComponentResult<ReportsPage>(parameters);
    }

    private static async Task<IResult> CsvAsync(string? from, string? to, string? period, string? team, HttpContext http, ReportRecords records,
        ServiceCatalogue catalogue, IOptions<ReportsOptions> options, TimeProvider time, AuditTrail audit, CancellationToken ct)
    {
        var (query, errors) = UsageForm.Parse(from, to, period, team, time, options.Value);
        if (query is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The report is not valid", detail: string.Join(". ", errors.Values));
        }

        var report = await UsageAsync(query, http, records, options.Value, audit, ct);
        return Results.File(Encoding.UTF8.GetBytes(UsageCsv.Write(report, Names(catalogue))), "text/csv; charset=utf-8",
            $"family-context-use-{UsageForm.Iso(query.From)}-to-{UsageForm.Iso(query.To)}.csv");
    }

    // Viewing a report is itself recorded, and counts only what existed before it.
    private static async Task<UsageReport> UsageAsync(UsageQuery query, HttpContext http, ReportRecords records, ReportsOptions options, AuditTrail audit, CancellationToken ct)
    {
        var own = await audit.RecordAsync(new AuditEntry(AuditActions.ReportViewed, AuditOutcomes.Allowed, StaffClaims.SubjectOf(http.User),
            Detail: $"use from={UsageForm.Iso(query.From)} to={UsageForm.Iso(query.To)} by={query.Period.ToString().ToLowerInvariant()} team={query.Team}"), ct);
        return await records.UsageAsync(query, options, own.Sequence - 1, ct);
    }

    private static Dictionary<string, string> Names(ServiceCatalogue catalogue) =>
        catalogue.All.ToDictionary(s => s.Id, s => s.Name, StringComparer.Ordinal);
}
