using FamilyContext.Plugin.Admin;
using FamilyContext.Plugin.Audit;
using FamilyContext.Plugin.SignIn;
using FamilyContext.Plugin.Time;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace FamilyContext.Plugin.Reports;

/// <summary>Unusual access for information governance, by the rules in configuration; each item links to its audit records. Viewing is recorded.</summary>
internal static class UnusualAccessEndpoints
{
    public static async Task<IResult> PageAsync(string? from, string? to, HttpContext http, ReportRecords records, IOptions<ReportsOptions> options,
        TimeProvider time, AuditTrail audit, CancellationToken ct)
    {
        var today = UkDates.Today(time);
        var (query, errors) = AuditSearch.Parse(string.IsNullOrWhiteSpace(from) ? UsageForm.Iso(today.AddDays(-27)) : from,
            string.IsNullOrWhiteSpace(to) ? UsageForm.Iso(today) : to, null, null);
        var parameters = new Dictionary<string, object?> { ["From"] = from, ["To"] = to, ["Rules"] = options.Value.Unusual };
        if (query is null)
        {
            parameters["Errors"] = errors;
            return new RazorComponentResult<UnusualAccessPage>(parameters) { StatusCode = StatusCodes.Status400BadRequest };
        }

        var own = await audit.RecordAsync(new AuditEntry(AuditActions.ReportViewed, AuditOutcomes.Allowed, StaffClaims.SubjectOf(http.User),
            Detail: $"unusual access from={from} to={to}"), ct);
        var unusual = new UnusualAccess(options.Value.Unusual);
        await foreach (var r in records.ReadAsync(null, query.From, query.To, own.Sequence - 1, ct))
        {
            unusual.Add(r);
        }

        parameters["Items"] = unusual.Flagged();
        return new RazorComponentResult<UnusualAccessPage>(parameters);
    }
}
