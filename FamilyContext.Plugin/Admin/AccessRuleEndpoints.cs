using System.Globalization;
using FamilyContext.Plugin.Access;
using FamilyContext.Plugin.Audit;
using FamilyContext.Plugin.SignIn;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace FamilyContext.Plugin.Admin;

/// <summary>
/// The access rules page. Team managers change the rules; IG admins see them and change them only when
/// <see cref="AccessOptions.AdminsMayChangeRules"/> allows. Every change is audited and raises an alert, so the other role
/// sees it; removing a deny is confirmed first.
/// </summary>
internal static class AccessRuleEndpoints
{
    public const int MaximumSubjectLength = 256;
    public const int MaximumNoteLength = 200;

    public static async Task<IResult> PageAsync(long? added, long? removed, HttpContext http, AccessPolicy access, IOptionsMonitor<AccessOptions> options, CancellationToken ct) =>
        Page(await access.AllRulesAsync(ct), MayChange(http, options), new Dictionary<string, string>(), Success(added, removed));

    public static async Task<IResult> AddAsync([FromForm] string? kind, [FromForm] string? effect, [FromForm] string? subject, [FromForm] string? note,
        HttpContext http, IAccessRuleStore rules, AccessPolicy access, AuditTrail audit, IOptionsMonitor<AccessOptions> options, TimeProvider time, CancellationToken ct)
    {
        if (!MayChange(http, options))
        {
            return await RefusedAsync(http, audit, ct);
        }

        subject = subject?.Trim();
        note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        var errors = new Dictionary<string, string>();
        if (!Exactly(effect, out AccessEffect e))
        {
            errors["effect"] = "Select permit or deny";
        }

        if (!Exactly(kind, out AccessSubjectKind k))
        {
            errors["kind"] = "Select a user or a group";
        }

        if (string.IsNullOrEmpty(subject) || subject.Length > MaximumSubjectLength || subject.Any(char.IsControl))
        {
            errors["subject"] = $"Enter a user id or group name of up to {MaximumSubjectLength} characters";
        }

        if (note?.Length > MaximumNoteLength || note?.Any(char.IsControl) == true)
        {
            errors["note"] = $"Enter a note of up to {MaximumNoteLength} characters, on one line";
        }

        if (errors.Count > 0)
        {
            var page = Page(await access.AllRulesAsync(ct), true, errors, null, (effect, kind, subject, note));
            page.StatusCode = StatusCodes.Status400BadRequest;
            return page;
        }

        var actor = StaffClaims.SubjectOf(http.User)!;
        var rule = await rules.AddAsync(k, subject!, e, note, actor, time.GetUtcNow(), ct);
        await audit.RecordAsync(new AuditEntry(AuditActions.AccessRuleAdded, AuditOutcomes.Allowed, actor, Detail: AuditDetail(rule, http), Alert: true), ct);
        return Results.Redirect($"/admin/access?added={rule.Id.ToString(CultureInfo.InvariantCulture)}#success");
    }

    public static async Task<IResult> RemoveAsync(long id, [FromForm] string? confirm, HttpContext http, IAccessRuleStore rules, AccessPolicy access, AuditTrail audit,
        IOptionsMonitor<AccessOptions> options, CancellationToken ct)
    {
        if (!MayChange(http, options))
        {
            return await RefusedAsync(http, audit, ct);
        }

        var rule = (await rules.ListAsync(ct)).FirstOrDefault(r => r.Id == id);
        if (rule is null)
        {
            return Results.Redirect("/admin/access");
        }

        // Removing a deny may let someone see family information again: say so and ask first.
        if (rule.Effect == AccessEffect.Deny && confirm != "yes")
        {
            return new RazorComponentResult<RemoveRulePage>(new Dictionary<string, object?> { ["Rule"] = rule });
        }

        if (await rules.RemoveAsync(id, ct) is not { } removed)
        {
            return Results.Redirect("/admin/access");
        }

        await audit.RecordAsync(new AuditEntry(AuditActions.AccessRuleRemoved, AuditOutcomes.Allowed, StaffClaims.SubjectOf(http.User),
            Detail: AuditDetail(removed, http), Alert: true), ct);
        return Results.Redirect($"/admin/access?removed={removed.Id.ToString(CultureInfo.InvariantCulture)}#success");
    }

    /// <summary>Managers may always change the rules; IG admins only when configuration says so.</summary>
    public static bool MayChange(HttpContext http, IOptionsMonitor<AccessOptions> options) =>
        StaffClaims.IsIn(http.User, StaffRole.Manager) || (options.CurrentValue.AdminsMayChangeRules && StaffClaims.IsIn(http.User, StaffRole.Admin));

    private static Task<IResult> RefusedAsync(HttpContext http, AuditTrail audit, CancellationToken ct) =>
        RuleChanges.RefusedAsync(http, audit, "access rules", "Information governance admins can see the access rules; team managers change them.", ct);

    private static string? Success(long? added, long? removed) => RuleChanges.Success("Rule", added, removed);

    /// <summary>"rule 3: deny user sw-1; note: Left the team; by a team manager" — the note and the role are part of the record.</summary>
    private static string AuditDetail(AccessRule rule, HttpContext http) =>
        $"rule {rule.Id.ToString(CultureInfo.InvariantCulture)}: {rule.Describe()}{(rule.Note is null ? "" : $"; note: {rule.Note}")}" +
        $"; by {(StaffClaims.IsIn(http.User, StaffRole.Manager) ? "a team manager" : "an IG admin")}";

    private static RazorComponentResult<AccessRulesPage> Page(IReadOnlyList<AccessRule> rules, bool mayChange, IReadOnlyDictionary<string, string> errors,
        string? success, (string? Effect, string? Kind, string? Subject, string? Note)? entered = null) =>
        new(new Dictionary<string, object?>
        {
            ["Rules"] = rules,
            ["MayChange"] = mayChange,
            ["Errors"] = errors,
            ["Success"] = success,
            ["Entered"] = entered,
        });

    // Exactly one listed name: Enum.TryParse alone takes "User,Group" (as flags), numbers and spaces.
    private static bool Exactly<T>(string? text, out T value)
        where T : struct, Enum
    {
        value = default;
        return text is not null && Enum.GetNames<T>().Contains(text, StringComparer.Ordinal) && Enum.TryParse(text, out value);
    }
}
