using System.Globalization;
using FamilyContext.Plugin.Access;
using FamilyContext.Plugin.Audit;
using FamilyContext.Plugin.Services;
using FamilyContext.Plugin.Sharing;
using FamilyContext.Plugin.SignIn;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace FamilyContext.Plugin.Admin;

/// <summary>
/// The sharing rules page, reflecting data-sharing agreements: information governance admins limit a service to named
/// groups or ask for a reason before its details open; team managers see the rules. Every change is audited and raises an
/// alert, and applies at once on every instance (the rules are read on every panel request).
/// </summary>
internal static class SharingRuleEndpoints
{
    public const int MaximumGroupsLength = 1000;
    public const int MaximumTextLength = 200;

    public static async Task<IResult> PageAsync(long? added, long? removed, HttpContext http, ISharingRuleStore rules, ServiceCatalogue catalogue, CancellationToken ct) =>
        Page(await rules.ListAsync(ct), catalogue, MayChange(http), new Dictionary<string, string>(), Success(added, removed));

    public static async Task<IResult> AddAsync([FromForm] string? service, [FromForm] string? groups, [FromForm] string? requireReason, [FromForm] string? ask,
        [FromForm] string? note, HttpContext http, ISharingRuleStore rules, ServiceCatalogue catalogue, AuditTrail audit, TimeProvider time, CancellationToken ct)
    {
        if (!MayChange(http))
        {
            return await RefusedAsync(http, audit, ct);
        }

        var entered = new SharingForm(service, Tidy(groups), requireReason == "yes", Optional(ask), Optional(note));
        var errors = entered.Errors(catalogue);
        if (errors.Count > 0)
        {
            var page = Page(await rules.ListAsync(ct), catalogue, true, errors, null, entered);
            page.StatusCode = StatusCodes.Status400BadRequest;
            return page;
        }

        var actor = StaffClaims.SubjectOf(http.User)!;
        var rule = await rules.AddAsync(new SharingRule(0, catalogue.Find(service!)!.Id, entered.Groups, entered.RequireReason, entered.Ask, entered.Note, actor, time.GetUtcNow()), ct);
        await audit.RecordAsync(new AuditEntry(AuditActions.SharingRuleAdded, AuditOutcomes.Allowed, actor, ServiceId: rule.ServiceId, Detail: AuditDetail(rule), Alert: true), ct);
        return Results.Redirect($"/admin/sharing?added={rule.Id.ToString(CultureInfo.InvariantCulture)}#success");
    }

    public static async Task<IResult> RemoveAsync(long id, HttpContext http, ISharingRuleStore rules, AuditTrail audit, CancellationToken ct)
    {
        if (!MayChange(http))
        {
            return await RefusedAsync(http, audit, ct);
        }

        if (await rules.RemoveAsync(id, ct) is not { } removed)
        {
            return Results.Redirect("/admin/sharing");
        }

        await audit.RecordAsync(new AuditEntry(AuditActions.SharingRuleRemoved, AuditOutcomes.Allowed, StaffClaims.SubjectOf(http.User), ServiceId: removed.ServiceId,
            Detail: AuditDetail(removed), Alert: true), ct);
        return Results.Redirect($"/admin/sharing?removed={removed.Id.ToString(CultureInfo.InvariantCulture)}#success");
    }

    /// <summary>Data-sharing agreements are information governance's: IG admins change the rules; managers see them.</summary>
    public static bool MayChange(HttpContext http) => StaffClaims.IsIn(http.User, StaffRole.Admin);

    private static Task<IResult> RefusedAsync(HttpContext http, AuditTrail audit, CancellationToken ct) =>
        RuleChanges.RefusedAsync(http, audit, "sharing rules", "Team managers can see the sharing rules; information governance admins change them.", ct);

    private static string? Success(long? added, long? removed) => RuleChanges.Success("Sharing rule", added, removed);

    /// <summary>"sharing rule 2: police shared only with groups police-liaison; ask: the Police DPO; note: ISA 2026" — the whole rule is kept in the record.</summary>
    private static string AuditDetail(SharingRule rule) =>
        $"{SharingPolicy.RefusalReason(rule)}{(rule.Ask is null ? "" : $"; ask: {rule.Ask}")}{(rule.Note is null ? "" : $"; note: {rule.Note}")}";

    // "a ,b,, c" -> "a, b, c": the groups as they will be matched and shown.
    private static string Tidy(string? groups) =>
        string.Join(", ", (groups ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));

    private static string? Optional(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static RazorComponentResult<SharingRulesPage> Page(IReadOnlyList<SharingRule> rules, ServiceCatalogue catalogue, bool mayChange,
        IReadOnlyDictionary<string, string> errors, string? success, SharingForm? entered = null) =>
        new(new Dictionary<string, object?>
        {
            ["Rules"] = rules,
            ["Services"] = catalogue.All.Select(s => (s.Id, s.Name)).ToList(),
            ["MayChange"] = mayChange,
            ["Errors"] = errors,
            ["Success"] = success,
            ["Entered"] = entered,
        });
}
