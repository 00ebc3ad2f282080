namespace FamilyContext.Plugin.Audit;

/// <summary>
/// The result of checking the chain: intact, or where it first breaks and why. <see cref="Head"/> is the last intact
/// record's <c>sequence:hash</c>: noted somewhere else (a ticket, an email), it later shows whether records were cut off the end.
/// <see cref="AnchorBeyondEnd"/>: the chain is intact but a noted head lies past its last record.
/// </summary>
public sealed record AuditVerification(bool Intact, long RecordsChecked, long? BrokenAt, string? Problem, string? Head = null, bool AnchorBeyondEnd = false);
