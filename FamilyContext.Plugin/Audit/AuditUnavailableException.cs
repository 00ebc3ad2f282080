namespace FamilyContext.Plugin.Audit;

/// <summary>The audit record could not be written, so whatever it was for must not be shown.</summary>
public sealed class AuditUnavailableException(Exception innerException)
    : Exception("The audit trail could not be written.", innerException);
