using System.Globalization;
using System.Text;
using FamilyContext.Plugin.Access;
using FamilyContext.Plugin.Audit;
using FamilyContext.Plugin.Services;
using FamilyContext.Plugin.SignIn;
using FamilyContext.Plugin.Store;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace FamilyContext.Plugin.Admin;

/// <summary>
/// The admin pages, for team managers and information governance admins only: access rules (every change audited),
/// alerts, audit search and CSV export (every search and export audited), and each source's freshness.
/// Every form carries an anti-forgery token; every POST checks it.
/// </summary>
internal static class AdminEndpoints
{
    private const int MaximumSubjectLength = 256;
    private const int MaximumNoteLength = 200;

    public static IEndpointRouteBuilder MapAdmin(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/admin").RequireAuthorization(StaffPolicies.Admin).ExcludeFromDescription();
        admin.MapGet("/", () => Results.Redirect("/admin/access"));
        admin.MapGet("/access", async (AccessPolicy access, CancellationToken ct) => RulesPage(await access.AllRulesAsync(ct), null));
        admin.MapPost("/access", AddRuleAsync);
        admin.MapPost("/access/{id:long}/remove", RemoveRuleAsync);
        admin.MapGet("/alerts", async (IAuditStore store, CancellationToken ct) =>
            new RazorComponentResult<AlertsPage>(new Dictionary<string, object?> { ["Records"] = await store.SearchAsync(new AuditQuery(AlertsOnly: true, Limit: 200), ct) }));
        admin.MapGet("/audit", SearchAuditAsync);
        admin.MapGet("/audit/export.csv", ExportAuditAsync);
        admin.MapGet("/sources", SourcesAsync);
        return app;
    }

    private static async Task<IResult> AddRuleAsync([FromForm] string? kind, [FromForm] string? effect, [FromForm] string? subject, [FromForm] string? note,
        HttpContext http, IAccessRuleStore rules, AccessPolicy access, AuditTrail audit, TimeProvider time, CancellationToken ct)
    {
        subject = subject?.Trim();
        note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        // Exactly one listed name: Enum.TryParse alone takes "User,Group" (flags), numbers and spaces.
        if (!Exactly(kind, out AccessSubjectKind k) || !Exactly(effect, out AccessEffect e) ||
            string.IsNullOrEmpty(subject) || subject.Length > MaximumSubjectLength || subject.Any(char.IsControl) ||
            note?.Length > MaximumNoteLength || note?.Any(char.IsControl) == true)
        {
            var page = RulesPage(await access.AllRulesAsync(ct), $"Enter a user id or group name of up to {MaximumSubjectLength} characters, and a note of up to {MaximumNoteLength}");
            page.StatusCode = StatusCodes.Status400BadRequest;
            return page;
        }

        var actor = StaffClaims.SubjectOf(http.User)!;
        var rule = await rules.AddAsync(k, subject, e, note, actor, time.GetUtcNow(), ct);
        await audit.RecordAsync(new AuditEntry(AuditActions.AccessRuleAdded, AuditOutcomes.Allowed, actor,
            Detail: $"rule {rule.Id.ToString(CultureInfo.InvariantCulture)}: {rule.Describe()}"), ct);
        return Results.Redirect("/admin/access");
    }

    private static bool Exactly<T>(string? text, out T value)
        where T : struct, Enum
    {
        value = default;
        return text is not null && Enum.GetNames<T>().Contains(text, StringComparer.Ordinal) && Enum.TryParse(text, out value);
    }

    private static async Task<IResult> RemoveRuleAsync(long id, IFormCollection form, HttpContext http, IAccessRuleStore rules, AuditTrail audit, CancellationToken ct)
    {
        if (await rules.RemoveAsync(id, ct) is not { } removed)
        {
            return Results.Redirect("/admin/access");
        }

        await audit.RecordAsync(new AuditEntry(AuditActions.AccessRuleRemoved, AuditOutcomes.Allowed, StaffClaims.SubjectOf(http.User),
            Detail: $"rule {removed.Id.ToString(CultureInfo.InvariantCulture)}: {removed.Describe()}"), ct);
        return Results.Redirect("/admin/access");
    }

    private static async Task<IResult> SearchAuditAsync(string? from, string? to, string? user, string? child, HttpContext http, IAuditStore store, AuditTrail audit, CancellationToken ct)
    {
        var parameters = new Dictionary<string, object?> { ["From"] = from, ["To"] = to, ["User"] = user, ["Child"] = child };
        if (http.Request.Query.Count == 0)
        {
            parameters["Head"] = await HeadAsync(store, ct);
            return new RazorComponentResult<AuditPage>(parameters);
        }

        if (Query(from, to, user, child, 500) is not { } query)
        {
            parameters["Error"] = "Enter dates like 2026-11-01, and ids of up to 256 characters";
            return new RazorComponentResult<AuditPage>(parameters) { StatusCode = StatusCodes.Status400BadRequest };
        }

        await audit.RecordAsync(new AuditEntry(AuditActions.AuditSearched, AuditOutcomes.Allowed, StaffClaims.SubjectOf(http.User), ChildId: query.ChildId,
            Detail: Describe(query)), ct);
        parameters["Records"] = await store.SearchAsync(query, ct);
        parameters["Head"] = await HeadAsync(store, ct);
        return new RazorComponentResult<AuditPage>(parameters);
    }

    private static async Task<IResult> ExportAuditAsync(string? from, string? to, string? user, string? child, HttpContext http, IAuditStore store, AuditTrail audit, CancellationToken ct)
    {
        if (Query(from, to, user, child, 100_000) is not { } query)
        {
            return Results.BadRequest();
        }

        await audit.RecordAsync(new AuditEntry(AuditActions.AuditExported, AuditOutcomes.Allowed, StaffClaims.SubjectOf(http.User), ChildId: query.ChildId,
            Detail: Describe(query)), ct);
        var csv = AuditCsv.Write(await store.SearchAsync(query, ct));
        return Results.File(Encoding.UTF8.GetBytes(csv), "text/csv; charset=utf-8", "family-context-audit.csv");
    }

    private static async Task<IResult> SourcesAsync(ServiceCatalogue catalogue, IRecordStore store, TimeProvider time, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var sources = new List<SourceFreshness>();
        foreach (var service in catalogue.All)
        {
            SourceMetadata? metadata;
            try
            {
                metadata = await store.GetMetadataAsync(service.Id, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                sources.Add(new SourceFreshness(service.Id, service.Name, null, null, 0, "Unreadable"));
                continue;
            }

            sources.Add(metadata is null
                ? new SourceFreshness(service.Id, service.Name, null, null, 0, "Never loaded")
                : new SourceFreshness(service.Id, service.Name, metadata.CurrentAsOf, metadata.LoadedAt, metadata.RecordCount,
                    now - metadata.CurrentAsOf > service.StaleAfter ? "Stale" : "Fresh"));
        }

        return new RazorComponentResult<SourcesPage>(new Dictionary<string, object?> { ["Sources"] = sources });
    }

    private static async Task<string?> HeadAsync(IAuditStore store, CancellationToken ct) =>
        (await store.SearchAsync(new AuditQuery(Limit: 1), ct)) is [var newest] ? AuditChain.Head(newest) : null;

    private static RazorComponentResult<AccessRulesPage> RulesPage(IReadOnlyList<AccessRule> rules, string? error) =>
        new(new Dictionary<string, object?> { ["Rules"] = rules, ["Error"] = error });

    /// <summary>The search, or null when a date does not parse or an id is too long. Dates are whole UK days in UTC.</summary>
    private static AuditQuery? Query(string? from, string? to, string? user, string? child, int limit)
    {
        DateOnly? fromDate = null, toDate = null;
        if ((!string.IsNullOrWhiteSpace(from) && (fromDate = ParseDate(from)) is null) || (!string.IsNullOrWhiteSpace(to) && (toDate = ParseDate(to)) is null) ||
            user?.Length > MaximumSubjectLength || child?.Length > MaximumSubjectLength)
        {
            return null;
        }

        return new AuditQuery(
            fromDate is { } f ? new DateTimeOffset(f.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null,
            toDate is { } t ? new DateTimeOffset(t.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null,
            string.IsNullOrWhiteSpace(user) ? null : user.Trim(),
            string.IsNullOrWhiteSpace(child) ? null : child.Trim(),
            Limit: limit);
    }

    private static DateOnly? ParseDate(string text) =>
        DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    private static string Describe(AuditQuery q) =>
        $"from={q.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} to={q.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} user={q.Actor}";
}
