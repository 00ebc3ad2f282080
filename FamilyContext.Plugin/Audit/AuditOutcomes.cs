namespace FamilyContext.Plugin.Audit;

/// <summary>How an audited attempt ended.</summary>
public static class AuditOutcomes
{
    public const string Allowed = "allowed";
    public const string Denied = "denied";
    public const string Rejected = "rejected";
}
