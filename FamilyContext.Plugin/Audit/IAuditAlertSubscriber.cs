namespace FamilyContext.Plugin.Audit;

/// <summary>
/// Told of each record marked as an alert as soon as it is made — or, when it could not be written, of the attempt.
/// The alerts feature subscribes here, so the audit trail names nothing that reads it.
/// </summary>
internal interface IAuditAlertSubscriber
{
    /// <summary>Must return at once and not throw: the audit trail calls it on the request's path.</summary>
    void Raise(AuditRecord record);
}
