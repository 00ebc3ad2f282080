namespace FamilyContext.Plugin.Lookup;

/// <summary>
/// The clerical reviews in force for the people of one panel, read at most once, when the first lookup that needs them
/// asks (a panel without a possible match reads none). Lives as long as the panel's request.
/// </summary>
internal sealed class FamilyReviews(IClericalReviews reviews, IReadOnlyCollection<string> personIds, IReadOnlyCollection<string> serviceIds)
{
    private readonly HashSet<string> _people = [.. personIds];
    private readonly Lock _gate = new();
    private Task<ILookup<(string PersonId, string ServiceId), ClericalReview>>? _read;

    public bool Covers(string personId) => _people.Contains(personId);

    public Task<ILookup<(string PersonId, string ServiceId), ClericalReview>> ReadAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return _read ??= reviews.InForceAsync(_people, serviceIds, cancellationToken);
        }
    }
}
