namespace FamilyContext.Plugin.Lookup;

/// <summary>
/// The clerical reviews in force for a person and a service: applied to every answer after the cache, so a review
/// recorded on any instance shows at once, whatever answers are cached.
/// </summary>
public interface IClericalReviews
{
    Task<IReadOnlyList<ClericalReview>> InForceAsync(string personId, string serviceId, CancellationToken cancellationToken);

    /// <summary>The reviews in force for each of these people and these services: for a whole panel, read at once.</summary>
    async Task<ILookup<(string PersonId, string ServiceId), ClericalReview>> InForceAsync(
        IReadOnlyCollection<string> personIds, IReadOnlyCollection<string> serviceIds, CancellationToken cancellationToken)
    {
        var all = new List<((string, string) Key, ClericalReview Review)>();
        foreach (var person in personIds)
        {
            foreach (var service in serviceIds)
            {
                all.AddRange((await InForceAsync(person, service, cancellationToken)).Select(r => ((person, service), r)));
            }
        }

        return all.ToLookup(a => a.Key, a => a.Review);
    }
}
