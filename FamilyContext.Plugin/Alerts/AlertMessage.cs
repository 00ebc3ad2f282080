using FamilyContext.Plugin.Audit;

namespace FamilyContext.Plugin.Alerts;

/// <summary>
/// What an alert says: the audit record it comes from (ids only) and one sentence for a person to read. <see cref="Count"/>
/// is how many alerts of this kind (same action, person and cause) there have been since <see cref="FirstAt"/>, this one included.
/// </summary>
public sealed record AlertMessage(
    long Sequence, DateTimeOffset At, string Action, string Outcome, string? Actor, string? Cms, string? ChildId,
    string? PersonId, string? ServiceId, string? SessionId, string Summary, int Count = 1, DateTimeOffset? FirstAt = null)
{
    public static AlertMessage From(AuditRecord r, int count = 1, DateTimeOffset? first = null) => new(r.Sequence, r.At, r.Action, r.Outcome, r.Actor, r.Cms, r.ChildId,
        r.PersonId, r.ServiceId, r.SessionId, AlertWording.Sentence(r, count, first ?? r.At), count, first ?? r.At);
}
