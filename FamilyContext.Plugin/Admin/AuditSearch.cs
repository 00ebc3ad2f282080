using System.Globalization;
using System.Text;
using FamilyContext.Plugin.Audit;
using FamilyContext.Plugin.SignIn;
using FamilyContext.Plugin.Time;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FamilyContext.Plugin.Admin;

/// <summary>
/// The audit page's search and its CSV export. Dates are whole UK days. The page says how many records matched and
/// pages through all of them; the export holds every match. Each search and export is itself audited, and a search is
/// pinned to the records that existed before it, so its own record never shifts its pages.
/// </summary>
internal static class AuditSearch
{
    public const int PageSize = 100;
    private const int MaximumIdLength = 256;

    public static async Task<IResult> PageAsync(string? from, string? to, string? user, string? child, int? page, long? upto,
        HttpContext http, IAuditStore store, AuditTrail audit, TimeProvider time, CancellationToken ct)
    {
        var parameters = new Dictionary<string, object?> { ["From"] = from, ["To"] = to, ["User"] = user, ["Child"] = child };
        parameters["Head"] = await NotedHeadAsync(store, time, ct);
        if (http.Request.Query.Count == 0)
        {
            return new RazorComponentResult<AuditPage>(parameters);
        }

        var (query, errors) = Parse(from, to, user, child);
        if (query is null)
        {
            parameters["Errors"] = errors;
            return new RazorComponentResult<AuditPage>(parameters) { StatusCode = StatusCodes.Status400BadRequest };
        }

        var pageNumber = Math.Max(1, page ?? 1);
        // Every page viewed is recorded; a later page keeps to the records its first page saw (never past this record).
        var own = await audit.RecordAsync(new AuditEntry(AuditActions.AuditSearched, AuditOutcomes.Allowed, StaffClaims.SubjectOf(http.User), ChildId: query.ChildId,
            Detail: Describe(query) + (pageNumber > 1 ? $" page={pageNumber.ToString(CultureInfo.InvariantCulture)}" : "")), ct);
        upto = Math.Min(upto ?? long.MaxValue, own.Sequence - 1);

        query = query with { UpToSequence = upto, Limit = PageSize, Offset = (int)Math.Min(int.MaxValue, (pageNumber - 1L) * PageSize) };
        parameters["Total"] = await store.CountAsync(query, ct);
        parameters["Records"] = await store.SearchAsync(query, ct);
        parameters["Page"] = pageNumber;
        parameters["UpTo"] = upto;
        return new RazorComponentResult<AuditPage>(parameters);
    }

    public static async Task<IResult> ExportAsync(string? from, string? to, string? user, string? child, HttpContext http, IAuditStore store, AuditTrail audit, CancellationToken ct)
    {
        var (query, errors) = Parse(from, to, user, child);
        if (query is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The search is not valid", detail: string.Join(". ", errors.Values));
        }

        var own = await audit.RecordAsync(new AuditEntry(AuditActions.AuditExported, AuditOutcomes.Allowed, StaffClaims.SubjectOf(http.User), ChildId: query.ChildId,
            Detail: Describe(query)), ct);
        var records = await store.SearchAsync(query with { UpToSequence = own.Sequence - 1, Limit = int.MaxValue }, ct);
        var csv = AuditCsv.Write(records);
        return Results.File(Encoding.UTF8.GetBytes(csv), "text/csv; charset=utf-8", FileName(from, to, records.Count));
    }

    /// <summary>The search, or the errors by field. Dates are yyyy-mm-dd, whole UK days; "from" may not be after "to".</summary>
    public static (AuditQuery? Query, Dictionary<string, string> Errors) Parse(string? from, string? to, string? user, string? child)
    {
        var errors = new Dictionary<string, string>();
        DateOnly? fromDate = null, toDate = null;
        if (!string.IsNullOrWhiteSpace(from) && (fromDate = ParseDate(from)) is null)
        {
            errors["from"] = "Enter the from date as a real date, like 2026-11-01";
        }

        if (!string.IsNullOrWhiteSpace(to) && (toDate = ParseDate(to)) is null)
        {
            errors["to"] = "Enter the to date as a real date, like 2026-11-30";
        }

        if (fromDate > toDate)
        {
            errors["to"] = "The to date must be the same as or after the from date";
        }

        if (user?.Length > MaximumIdLength)
        {
            errors["user"] = $"Enter a user or worker id of up to {MaximumIdLength} characters";
        }

        if (child?.Length > MaximumIdLength)
        {
            errors["child"] = $"Enter a child's id of up to {MaximumIdLength} characters";
        }

        return errors.Count > 0
            ? (null, errors)
            : (new AuditQuery(
                fromDate is { } f ? UkDates.StartOfDay(f) : null,
                toDate is { } t ? UkDates.EndOfDay(t) : null,
                string.IsNullOrWhiteSpace(user) ? null : user.Trim(),
                string.IsNullOrWhiteSpace(child) ? null : child.Trim()), errors);
    }

    /// <summary>"family-context-audit-2026-11-01-to-2026-11-30-507-records.csv".</summary>
    public static string FileName(string? from, string? to, int count)
    {
        var range = (ParseDate(from ?? ""), ParseDate(to ?? "")) switch
        {
            ({ } f, { } t) => $"-{Iso(f)}-to-{Iso(t)}",
            ({ } f, null) => $"-from-{Iso(f)}",
            (null, { } t) => $"-to-{Iso(t)}",
            _ => "-all",
        };
        return $"family-context-audit{range}-{count.ToString(CultureInfo.InvariantCulture)}-records.csv";
    }

    /// <summary>
    /// The record to note for <c>audit verify --anchor</c>: the last one written before today began (UK time). It stays the
    /// same all day, however many searches (each itself recorded) are made.
    /// </summary>
    private static async Task<(string Head, DateOnly Before)?> NotedHeadAsync(IAuditStore store, TimeProvider time, CancellationToken ct)
    {
        var today = UkDates.Today(time);
        return (await store.SearchAsync(new AuditQuery(To: UkDates.StartOfDay(today), Limit: 1), ct)) is [var newest] ? (AuditChain.Head(newest), today) : null;
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly? ParseDate(string text) =>
        DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    private static string Describe(AuditQuery q) =>
        $"from={(q.From is { } f ? UkDates.Sortable(f) : "")} to={(q.To is { } t ? UkDates.Sortable(t) : "")} (UK time) user={q.Actor}";
}
