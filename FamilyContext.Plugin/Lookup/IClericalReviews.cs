namespace FamilyContext.Plugin.Lookup;

/// <summary>
/// The clerical reviews in force for a person and a service: applied to every answer after the cache, so a review
/// recorded on any instance shows at once, whatever answers are cached.
/// </summary>
public interface IClericalReviews
{
    Task<IReadOnlyList<ClericalReview>> InForceAsync(string personId, string serviceId, CancellationToken cancellationToken);
}
