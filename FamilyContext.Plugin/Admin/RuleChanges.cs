using System.Globalization;
using FamilyContext.Plugin.Audit;
using FamilyContext.Plugin.SignIn;

namespace FamilyContext.Plugin.Admin;

/// <summary>What the access and sharing rule pages share: refusing a change to someone whose role does not make it, and saying what changed.</summary>
internal static class RuleChanges
{
    /// <summary>Refused, audited and alerted: "You cannot change sharing rules".</summary>
    public static async Task<IResult> RefusedAsync(HttpContext http, AuditTrail audit, string rules, string whoChanges, CancellationToken ct)
    {
        await audit.TryRecordAsync(new AuditEntry(AuditActions.StaffPageDenied, AuditOutcomes.Denied, StaffClaims.SubjectOf(http.User),
            Detail: $"{http.Request.Path} (changing {rules})", Alert: true), ct);
        return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: $"You cannot change {rules}", detail: whoChanges);
    }

    /// <summary>"Rule 3 added. It applies now, to panels already open too." for the success banner.</summary>
    public static string? Success(string rule, long? added, long? removed) =>
        added is { } a ? $"{rule} {a.ToString(CultureInfo.InvariantCulture)} added. It applies now, to panels already open too."
        : removed is { } r ? $"{rule} {r.ToString(CultureInfo.InvariantCulture)} removed. The change applies now."
        : null;
}
