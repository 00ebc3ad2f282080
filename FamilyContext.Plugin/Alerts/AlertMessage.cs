using FamilyContext.Plugin.Audit;

namespace FamilyContext.Plugin.Alerts;

/// <summary>What an alert says: the audit record it comes from (ids only) and one line for a person to read.</summary>
public sealed record AlertMessage(
    long Sequence, DateTimeOffset At, string Action, string Outcome, string? Actor, string? Cms, string? ChildId,
    string? PersonId, string? ServiceId, string? SessionId, string Summary)
{
    public static AlertMessage From(AuditRecord r) => new(r.Sequence, r.At, r.Action, r.Outcome, r.Actor, r.Cms, r.ChildId,
        r.PersonId, r.ServiceId, r.SessionId, Describe(r));

    private static string Describe(AuditRecord r) => r.Action switch
    {
        AuditActions.LaunchRejected => $"A launch from {r.Cms ?? "an unknown system"} was rejected ({r.Detail}).",
        AuditActions.SignInRejected => $"A staff sign-in was rejected ({r.Detail}).",
        AuditActions.AccessDenied => $"Worker {r.Actor ?? "unknown"} was refused access ({r.Detail}).",
        AuditActions.StaffPageDenied => $"User {r.Actor ?? "unknown"} tried to reach {r.Detail} without the role it needs.",
        _ => $"{r.Action} ({r.Outcome}).",
    };
}
