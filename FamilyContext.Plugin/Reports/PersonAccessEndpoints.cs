using System.Text;
using FamilyContext.Plugin.Admin;
using FamilyContext.Plugin.Audit;
using FamilyContext.Plugin.SignIn;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FamilyContext.Plugin.Reports;

/// <summary>
/// Who looked at a person, for subject access requests and complaints: every record about them — as the child, as a
/// linked person a panel showed, a detail, a review, or a read through the original API — newest first, on the page and
/// as CSV. Each search is itself recorded.
/// </summary>
internal static class PersonAccessEndpoints
{
    public const int Shown = 500;
    private const int MaximumIdLength = 256;

    public static async Task<IResult> PageAsync(string? person, string? from, string? to, HttpContext http, ReportRecords records, AuditTrail audit, CancellationToken ct)
    {
        var parameters = new Dictionary<string, object?> { ["Person"] = person, ["From"] = from, ["To"] = to };
        if (http.Request.Query.Count == 0)
        {
            return new RazorComponentResult<PersonAccessPage>(parameters);
        }

        var (query, errors) = Parse(person, from, to);
        if (query is null)
        {
            parameters["Errors"] = errors;
            return new RazorComponentResult<PersonAccessPage>(parameters) { StatusCode = StatusCodes.Status400BadRequest };
        }

        parameters["Records"] = await FindAsync(query, person!.Trim(), http, records, audit, ct);
        return new RazorComponentResult<PersonAccessPage>(parameters);
    }

    public static async Task<IResult> CsvAsync(string? person, string? from, string? to, HttpContext http, ReportRecords records, AuditTrail audit, CancellationToken ct)
    {
        var (query, errors) = Parse(person, from, to);
        if (query is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The search is not valid", detail: string.Join(". ", errors.Values));
        }

        var found = await FindAsync(query, person!.Trim(), http, records, audit, ct);
        return Results.File(Encoding.UTF8.GetBytes(AuditCsv.Write(found)), "text/csv; charset=utf-8",
            $"family-context-person-{found.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)}-records.csv");
    }

    private static async Task<List<AuditRecord>> FindAsync(AuditQuery query, string person, HttpContext http, ReportRecords records, AuditTrail audit, CancellationToken ct)
    {
        var own = await audit.RecordAsync(new AuditEntry(AuditActions.AuditSearched, AuditOutcomes.Allowed, StaffClaims.SubjectOf(http.User), PersonId: person,
            Detail: "who looked at this person"), ct);
        var found = new List<AuditRecord>();
        await foreach (var r in records.ReadAsync(null, query.From, query.To, own.Sequence - 1, ct))
        {
            if (PersonMentions.Mentions(r, person))
            {
                found.Add(r);
            }
        }

        return found;
    }

    private static (AuditQuery? Query, Dictionary<string, string> Errors) Parse(string? person, string? from, string? to)
    {
        var (query, errors) = AuditSearch.Parse(from, to, null, null);
        if (string.IsNullOrWhiteSpace(person))
        {
            errors["person"] = "Enter the person's id";
        }
        else if (person.Length > MaximumIdLength)
        {
            errors["person"] = $"Enter a person's id of up to {MaximumIdLength} characters";
        }

        return errors.Count > 0 ? (null, errors) : (query, errors);
    }
}
