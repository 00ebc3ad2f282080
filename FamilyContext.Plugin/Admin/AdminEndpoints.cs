using FamilyContext.Plugin.Ingest;
using FamilyContext.Plugin.Services;
using FamilyContext.Plugin.SignIn;
using FamilyContext.Plugin.Store;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FamilyContext.Plugin.Admin;

/// <summary>
/// The admin pages, for team managers and information governance admins only: access rules (every change audited),
/// alerts, audit search and CSV export (every search and export audited), and each source's freshness and extract reports.
/// Every form carries an anti-forgery token; every POST checks it.
/// </summary>
internal static class AdminEndpoints
{
    public static IEndpointRouteBuilder MapAdmin(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/admin").RequireAuthorization(StaffPolicies.Admin).ExcludeFromDescription();
        admin.MapGet("/", () => Results.Redirect("/admin/access"));
        admin.MapGet("/access", AccessRuleEndpoints.PageAsync);
        admin.MapPost("/access", AccessRuleEndpoints.AddAsync);
        admin.MapPost("/access/{id:long}/remove", AccessRuleEndpoints.RemoveAsync);
        admin.MapGet("/sharing", SharingRuleEndpoints.PageAsync);
        admin.MapPost("/sharing", SharingRuleEndpoints.AddAsync);
        admin.MapPost("/sharing/{id:long}/remove", SharingRuleEndpoints.RemoveAsync);
        admin.MapGet("/alerts", AlertEndpoints.PageAsync);
        admin.MapPost("/alerts/review", AlertEndpoints.ReviewAsync);
        admin.MapGet("/audit", AuditSearch.PageAsync);
        admin.MapGet("/audit/export.csv", AuditSearch.ExportAsync);
        admin.MapGet("/sources", SourcesAsync);
        admin.MapGet("/sources/report.css", () => Results.Text(IngestReportHistory.Style, "text/css"));
        admin.MapGet("/sources/reports/{name}", IngestReportAsync);
        return app;
    }

    /// <summary>One report, HTML (with its style served beside it) or JSON, by the name the ingest gave it.</summary>
    private static async Task<IResult> IngestReportAsync(string name, IngestReportHistory history, CancellationToken ct)
    {
        if (history.PathOf(name) is not { } path)
        {
            return Results.NotFound();
        }

        return path.EndsWith(".json", StringComparison.Ordinal)
            ? Results.File(path, "application/json")
            : Results.Content(IngestReportHistory.ForWeb(await File.ReadAllTextAsync(path, ct), "/admin/sources/report.css"), "text/html; charset=utf-8");
    }

    private static async Task<IResult> SourcesAsync(ServiceCatalogue catalogue, IRecordStore store, IngestReportHistory history, TimeProvider time, CancellationToken ct)
    {
        var sources = await SourceFreshness.ReadAsync(catalogue, store, time, ct);
        return new RazorComponentResult<SourcesPage>(new Dictionary<string, object?>
        {
            ["Sources"] = sources,
            ["Reports"] = catalogue.All.ToDictionary(s => s.Id, s => history.Latest(s.Id), StringComparer.Ordinal),
        });
    }
}
