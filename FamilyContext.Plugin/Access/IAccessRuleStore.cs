namespace FamilyContext.Plugin.Access;

/// <summary>The access rules managers set in the admin pages. Checked on every request (kept in memory, read again whenever the database has changed), so a change applies at once.</summary>
public interface IAccessRuleStore
{
    Task InitialiseAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<AccessRule>> ListAsync(CancellationToken cancellationToken);

    Task<AccessRule> AddAsync(AccessSubjectKind kind, string subject, AccessEffect effect, string? note, string createdBy, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Removes a rule and returns it, or null when there was no such rule.</summary>
    Task<AccessRule?> RemoveAsync(long id, CancellationToken cancellationToken);
}
