using FamilyContext.Plugin.Alerts;
using FamilyContext.Plugin.Audit;
using FamilyContext.Plugin.SignIn;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace FamilyContext.Plugin.Admin;

/// <summary>The Alerts page: each kind of alert once, in words, with how often it happened; a reviewer marks a group reviewed (audited).</summary>
internal static class AlertEndpoints
{
    private const int Scanned = 5000;

    public static async Task<IResult> PageAsync(long? reviewed, IAuditStore store, IOptionsMonitor<AlertOptions> options, CancellationToken ct)
    {
        var alerts = await store.SearchAsync(new AuditQuery(AlertsOnly: true, Limit: Scanned), ct);
        var reviews = await store.SearchAsync(new AuditQuery(Action: AuditActions.AlertReviewed, Limit: Scanned), ct);
        var groups = AlertGrouping.Group(alerts, reviews, options.CurrentValue.GroupWindow);
        return new RazorComponentResult<AlertsPage>(new Dictionary<string, object?>
        {
            ["Groups"] = groups,
            ["Scanned"] = alerts.Count,
            ["MoreThanScanned"] = alerts.Count == Scanned,
            ["Reviewed"] = reviewed is { } r ? groups.FirstOrDefault(g => g.Newest.Sequence == r) : null,
        });
    }

    public static async Task<IResult> ReviewAsync([FromForm] long? first, [FromForm] long? last, HttpContext http, AuditTrail audit, CancellationToken ct)
    {
        if (first is not > 0 || last is not > 0 || first > last)
        {
            return Results.Redirect("/admin/alerts");
        }

        await audit.RecordAsync(new AuditEntry(AuditActions.AlertReviewed, AuditOutcomes.Allowed, StaffClaims.SubjectOf(http.User),
            Detail: AlertGrouping.ReviewDetail(first.Value, last.Value)), ct);
        return Results.Redirect($"/admin/alerts?reviewed={last.Value}#reviewed");
    }
}
