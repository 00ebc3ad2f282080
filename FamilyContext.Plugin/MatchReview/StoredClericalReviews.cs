using FamilyContext.Plugin.Abstractions;
using FamilyContext.Plugin.Lookup;

namespace FamilyContext.Plugin.MatchReview;

/// <summary>The lookup's view of the review store: the reviews in force for a person of this CMS and a service.</summary>
internal sealed class StoredClericalReviews(IMatchReviewStore store, ICmsAdapter cms) : IClericalReviews
{
    public async Task<IReadOnlyList<ClericalReview>> InForceAsync(string personId, string serviceId, CancellationToken cancellationToken) =>
        [.. (await store.InForceAsync(cms.SystemName, personId, serviceId, cancellationToken)).Select(d => d.ToReview())];

    // One query for the whole family, whatever the number of people and services.
    public async Task<ILookup<(string PersonId, string ServiceId), ClericalReview>> InForceAsync(
        IReadOnlyCollection<string> personIds, IReadOnlyCollection<string> serviceIds, CancellationToken cancellationToken) =>
        (await store.InForceAsync(cms.SystemName, personIds, cancellationToken))
            .Where(d => serviceIds.Contains(d.ServiceId))
            .ToLookup(d => (d.PersonId, d.ServiceId), d => d.ToReview());
}
