using FamilyContext.Plugin.Audit;

namespace FamilyContext.Plugin.Admin;

/// <summary>
/// Alerts of one kind (same action, person and cause) each within the window of the one before, shown as one row:
/// the newest record, how many, since when, and who reviewed them if anyone has.
/// </summary>
public sealed record AlertGroup(AuditRecord Newest, long FirstSequence, DateTimeOffset FirstAt, int Count, AuditRecord? Review);
