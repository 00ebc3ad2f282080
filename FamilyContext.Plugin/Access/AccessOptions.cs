namespace FamilyContext.Plugin.Access;

/// <summary>Who may see family data and who may use the admin pages (configuration section <c>FamilyContext:Access</c>).</summary>
public sealed class AccessOptions
{
    public const string SectionName = "FamilyContext:Access";

    /// <summary>The token claim holding the user's roles. Default <c>roles</c> (Entra ID app roles).</summary>
    public string RoleClaim { get; set; } = "roles";

    /// <summary>The token claim holding the user's groups. Default <c>groups</c>.</summary>
    public string GroupClaim { get; set; } = "groups";

    // The role lists start empty and get their defaults only when nothing is configured: the configuration binder
    // appends to a list, so a default in the initialiser could never be taken away by a council's own setting.

    /// <summary>Role claim values that make someone a social worker. Default (when none configured) <c>social-worker</c>.</summary>
    public List<string> SocialWorkerRoles { get; set; } = [];

    /// <summary>Role claim values that make someone a team manager (may read data, and use the admin pages). Default (when none configured) <c>manager</c>.</summary>
    public List<string> ManagerRoles { get; set; } = [];

    /// <summary>Role claim values that make someone an information governance admin (admin pages only). Default (when none configured) <c>ig-admin</c>.</summary>
    public List<string> AdminRoles { get; set; } = [];

    /// <summary>
    /// Whether information governance admins may change the access rules in the admin pages. Default false: they see the
    /// rules and every change (each raises an alert), and team managers make the changes — separation of duties.
    /// </summary>
    public bool AdminsMayChangeRules { get; set; }

    /// <summary>
    /// Rules that always apply, on top of those set in the admin pages, e.g. permit the children's services group.
    /// With no rule permitting them, nobody sees anything; a deny always wins.
    /// </summary>
    public List<ConfiguredAccessRule> Rules { get; set; } = [];

    /// <summary>Where admin-page rules are kept: <c>Sqlite</c> (embedded default) or <c>PostgreSql</c> (shared by every instance).</summary>
    public string Provider { get; set; } = "Sqlite";

    /// <summary>Where admin-page rules are kept. Default for SQLite: <c>.data/access.db</c> under the app's folder; for PostgreSQL it is required.</summary>
    public string? ConnectionString { get; set; }
}
