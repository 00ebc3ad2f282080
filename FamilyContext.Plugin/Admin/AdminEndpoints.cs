using FamilyContext.Plugin.Services;
using FamilyContext.Plugin.SignIn;
using FamilyContext.Plugin.Store;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FamilyContext.Plugin.Admin;

/// <summary>
/// The admin pages, for team managers and information governance admins only: access rules (every change audited),
/// alerts, audit search and CSV export (every search and export audited), and each source's freshness.
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
        return app;
    }

    private static async Task<IResult> SourcesAsync(ServiceCatalogue catalogue, IRecordStore store, TimeProvider time, CancellationToken ct)
    {
        var sources = await SourceFreshness.ReadAsync(catalogue, store, time, ct);
        return new RazorComponentResult<SourcesPage>(new Dictionary<string, object?> { ["Sources"] = sources });
    }
}
