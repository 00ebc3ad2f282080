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
        admin.MapGet("/alerts", AlertEndpoints.PageAsync);
        admin.MapPost("/alerts/review", AlertEndpoints.ReviewAsync);
        admin.MapGet("/audit", AuditSearch.PageAsync);
        admin.MapGet("/audit/export.csv", AuditSearch.ExportAsync);
        admin.MapGet("/sources", SourcesAsync);
        return app;
    }

    private static async Task<IResult> AddRuleAsync([FromForm] string? kind, [FromForm] string? effect, [FromForm] string? subject, [FromForm] string? note,
        HttpContext http, IAccessRuleStore rules, AccessPolicy access, AuditTrail audit, TimeProvider time, CancellationToken ct)
    {
        subject = subject?.Trim();
        note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (!Enum.TryParse<AccessSubjectKind>(kind, out var k) || !Enum.IsDefined(k) || !Enum.TryParse<AccessEffect>(effect, out var e) || !Enum.IsDefined(e) ||
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
            Detail: AuditDetail(rule)), ct);
        return Results.Redirect("/admin/access");
    }

    private static async Task<IResult> RemoveRuleAsync(long id, IFormCollection form, HttpContext http, IAccessRuleStore rules, AuditTrail audit, CancellationToken ct)
    {
        if (await rules.RemoveAsync(id, ct) is not { } removed)
        {
            return Results.Redirect("/admin/access");
        }

        await audit.RecordAsync(new AuditEntry(AuditActions.AccessRuleRemoved, AuditOutcomes.Allowed, StaffClaims.SubjectOf(http.User),
            Detail: AuditDetail(removed)), ct);
        return Results.Redirect("/admin/access");
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

    /// <summary>"rule 3: deny user sw-1; note: Left the team" — the note is part of the record of the change.</summary>
    private static string AuditDetail(AccessRule rule) =>
        $"rule {rule.Id.ToString(CultureInfo.InvariantCulture)}: {rule.Describe()}{(rule.Note is null ? "" : $"; note: {rule.Note}")}";

    private static RazorComponentResult<AccessRulesPage> RulesPage(IReadOnlyList<AccessRule> rules, string? error) =>
        new(new Dictionary<string, object?> { ["Rules"] = rules, ["Error"] = error });
}
