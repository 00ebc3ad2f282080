namespace FamilyContext.Plugin.Sharing;

/// <summary>The sharing rules IG sets in the admin pages. Checked on every request (kept in memory, read again whenever the database has changed), so a change applies at once on every instance sharing the database.</summary>
public interface ISharingRuleStore
{
    Task<IReadOnlyList<SharingRule>> ListAsync(CancellationToken cancellationToken);

    Task<SharingRule> AddAsync(SharingRule rule, CancellationToken cancellationToken);

    /// <summary>Removes a rule and returns it, or null when there was no such rule.</summary>
    Task<SharingRule?> RemoveAsync(long id, CancellationToken cancellationToken);
}
