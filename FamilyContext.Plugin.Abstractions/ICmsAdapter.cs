namespace FamilyContext.Plugin.Abstractions;

/// <summary>
/// Reads people and their relationships from one case management system.
/// Implementations throw <see cref="CmsPersonNotFoundException"/>, <see cref="CmsAccessDeniedException"/>
/// or <see cref="CmsUnavailableException"/> (and nothing else) for the failures the panel must tell apart.
/// </summary>
public interface ICmsAdapter
{
    /// <summary>The system name used in configuration and launch URLs, e.g. "Mosaic".</summary>
    string SystemName { get; }

    /// <summary>Fetches one person.</summary>
    /// <param name="personId">The CMS person id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<CmsPerson> GetPersonAsync(string personId, CancellationToken cancellationToken);

    /// <summary>Fetches the people linked to <paramref name="personId"/>, resolved as described on <see cref="CmsRelationship"/>.</summary>
    /// <param name="personId">The subject's CMS person id.</param>
    /// <param name="query">Whether ended relationships are wanted, and as of which day.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<IReadOnlyList<CmsRelationship>> GetRelationshipsAsync(string personId, RelationshipQuery query, CancellationToken cancellationToken);

    /// <summary>Says whether the worker may view the person (restricted records stay restricted).</summary>
    /// <param name="workerId">The CMS worker id.</param>
    /// <param name="personId">The CMS person id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<bool> CanWorkerViewAsync(string workerId, string personId, CancellationToken cancellationToken);

    /// <summary>Checks that the CMS can be reached with the configured settings.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<CmsHealth> CheckHealthAsync(CancellationToken cancellationToken);
}
