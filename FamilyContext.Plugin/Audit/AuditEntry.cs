namespace FamilyContext.Plugin.Audit;

/// <summary>
/// One thing to record: who did what, about whom, in which session. Ids only — never a name, date of birth,
/// address or token. <see cref="Detail"/> is a short machine-readable note (e.g. the people and flags shown).
/// </summary>
public sealed record AuditEntry(
    string Action,
    string Outcome,
    string? Actor,
    string? Cms = null,
    string? ChildId = null,
    string? PersonId = null,
    string? ServiceId = null,
    string? SessionId = null,
    string? Detail = null,
    bool Alert = false);
