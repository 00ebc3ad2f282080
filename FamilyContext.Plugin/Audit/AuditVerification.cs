namespace FamilyContext.Plugin.Audit;

/// <summary>The result of checking the chain: intact, or where it first breaks and why.</summary>
public sealed record AuditVerification(bool Intact, long RecordsChecked, long? BrokenAt, string? Problem);
