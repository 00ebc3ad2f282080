using FamilyContext.Plugin.Abstractions;

namespace FamilyContext.Plugin.Tests.Support;

/// <summary>
/// A strict in-memory CMS for panel tests: only the people and links a test adds exist; anything else is
/// "not found". <see cref="FailWith"/> makes every call fail as a broken CMS would.
/// </summary>
public sealed class FakeCmsAdapter : ICmsAdapter, ICmsPersonSearch
{
    private readonly Dictionary<string, CmsPerson> _people = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<CmsRelationship>> _links = new(StringComparer.Ordinal);
    private readonly HashSet<string> _workersWithRestrictedAccess = new(StringComparer.Ordinal);

    public string SystemName => "Demo";

    public Exception? FailWith { get; set; }

    private int _relationshipReads;

    /// <summary>How many times a family (a person's relationships) has been read.</summary>
    public int RelationshipReads => Volatile.Read(ref _relationshipReads);

    public CmsPerson Add(CmsPerson person)
    {
        _people[person.Id] = person;
        return person;
    }

    public void Link(string personId, CmsPerson related, RelationshipType type, string wording, DateOnly? ended = null, bool parentalResponsibility = false)
    {
        Add(related);
        if (!_links.TryGetValue(personId, out var list))
        {
            _links[personId] = list = [];
        }

        list.Add(new CmsRelationship(related, [new CmsRelationshipType(type.ToString().ToUpperInvariant(), wording, type)], null, ended, parentalResponsibility));
    }

    /// <summary>Ends the link between two people, as if it had been removed in the CMS.</summary>
    public void Unlink(string personId, string relatedId) => _links.GetValueOrDefault(personId)?.RemoveAll(l => l.RelatedPerson.Id == relatedId);

    public void AllowRestricted(string workerId) => _workersWithRestrictedAccess.Add(workerId);

    public Task<CmsPerson> GetPersonAsync(string personId, CancellationToken cancellationToken)
    {
        ThrowIfFailing();
        return _people.TryGetValue(personId, out var p) ? Task.FromResult(p) : throw new CmsPersonNotFoundException(personId);
    }

    public Task<IReadOnlyList<CmsRelationship>> GetRelationshipsAsync(string personId, RelationshipQuery query, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _relationshipReads);
        ThrowIfFailing();
        if (!_people.ContainsKey(personId))
        {
            throw new CmsPersonNotFoundException(personId);
        }

        var links = _links.GetValueOrDefault(personId) ?? [];
        return Task.FromResult<IReadOnlyList<CmsRelationship>>([.. links.Where(l => query.IncludeEnded || l.EndDate is null || l.EndDate > query.AsOf)]);
    }

    public Task<bool> CanWorkerViewAsync(string workerId, string personId, CancellationToken cancellationToken)
    {
        ThrowIfFailing();
        var person = _people.TryGetValue(personId, out var p) ? p : throw new CmsPersonNotFoundException(personId);
        return Task.FromResult(!person.Restricted || _workersWithRestrictedAccess.Contains(workerId));
    }

    public Task<CmsHealth> CheckHealthAsync(CancellationToken cancellationToken) =>
        Task.FromResult(new CmsHealth(FailWith is null, "fake", TimeSpan.Zero));

    public Task<(IReadOnlyList<CmsPerson> Page, int Total)> SearchAsync(
        string firstName, string familyName, DateOnly? dateOfBirth, int skip, int take, CancellationToken cancellationToken)
    {
        ThrowIfFailing();
        var found = _people.Values
            .Where(p => !p.Restricted && string.Equals(p.FirstName, firstName, StringComparison.OrdinalIgnoreCase)
                && string.Equals(p.FamilyName, familyName, StringComparison.OrdinalIgnoreCase)
                && (dateOfBirth is null || p.DateOfBirth == dateOfBirth))
            .OrderBy(p => p.Id, StringComparer.Ordinal)
            .ToList();
        return Task.FromResult<(IReadOnlyList<CmsPerson>, int)>(([.. found.Skip(skip).Take(take)], found.Count));
    }

    private void ThrowIfFailing()
    {
        if (FailWith is not null)
        {
            throw FailWith;
        }
    }
}
