namespace FamilyContext.Plugin.Audit;

/// <summary>How an audited attempt ended.</summary>
public static class AuditOutcomes
{
    public const string Allowed = "allowed";
    public const string Denied = "denied";
    public const string Rejected = "rejected";

    // An ingest: the extract was loaded, or only checked (a dry run).
    public const string Loaded = "loaded";
    public const string Checked = "checked";
}
