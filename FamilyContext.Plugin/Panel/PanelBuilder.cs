using FamilyContext.Plugin.Abstractions;
using FamilyContext.Plugin.Lookup;
using FamilyContext.Plugin.Services;
using FamilyContext.Plugin.Time;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace FamilyContext.Plugin.Panel;

/// <summary>
/// Builds a child's panel: the child and every person linked in the CMS that the worker may see, each with
/// every service's flag, looked up in parallel. Restricted records stay restricted.
/// The family read from the CMS for a panel is kept for a short while (<see cref="PanelOptions.FamilyKeptFor"/>), so the
/// details, note and print view opened from that panel find their person without reading the whole family again.
/// </summary>
internal sealed class PanelBuilder(ICmsAdapter cms, InvolvementLookup lookup, IOptions<PanelOptions> options, TimeProvider time) : IDisposable
{
    private readonly MemoryCache _families = new(new MemoryCacheOptions { SizeLimit = 10_000, Clock = new TimeProviderClock(time) });

    public void Dispose() => _families.Dispose();

    public async Task<PanelView> BuildAsync(string workerId, string childId, CancellationToken cancellationToken)
    {
        // A panel always reads the family afresh; what it read is kept for the pages opened from it.
        var (child, relationships) = await FamilyAsync(workerId, childId, cancellationToken);
        var today = Today();
        var reviews = lookup.ReviewsFor([child.Id, .. relationships.Where(r => r.Visible).Select(r => r.Relationship.RelatedPerson.Id)]);
        var childCardTask = ChildCardAsync(child, today, reviews, cancellationToken);
        var related = await Task.WhenAll(relationships.Select(async (r, i) =>
        {
            var card = r.Visible
                ? Card(r.Relationship, today, await lookup.FlagsAsync(r.Relationship.RelatedPerson, cancellationToken, reviews))
                : RestrictedCard(r.Relationship, i);
            return (Card: card, Rank: r.Relationship.Types.Min(t => RelationshipLabels.Rank(t.Normalised)));
        }));
        var childCard = await childCardTask;
        var ordered = related
            .OrderBy(c => c.Card.Group)
            .ThenBy(c => c.Card.Group == PersonGroup.Siblings ? 0 : c.Rank)
            // Siblings youngest first; everyone else oldest first within their kind.
            .ThenByDescending(c => c.Card.Group == PersonGroup.Siblings ? c.Card.DateOfBirth ?? DateOnly.MinValue : DateOnly.MinValue)
            .ThenByDescending(c => c.Card.Group == PersonGroup.Siblings ? 0 : c.Card.Age ?? -1)
            .ThenBy(c => c.Card.PersonId, StringComparer.Ordinal)
            .Select(c => c.Card)
            .Prepend(childCard)
            .ToList();
        return new PanelView(cms.SystemName, child.Id, time.GetUtcNow(), ordered);
    }

    /// <summary>
    /// The person, if they are the child or someone in the child's panel the worker may see; otherwise null. The family a
    /// panel read for this worker and child a moment ago answers when it is still kept; otherwise the CMS is read.
    /// </summary>
    public async Task<(CmsPerson Person, PersonCard Card)?> FindPersonAsync(string workerId, string childId, string personId, CancellationToken cancellationToken)
    {
        var (child, relationships) = _families.TryGetValue((workerId, childId), out Family? kept) ? kept!
            : await FamilyAsync(workerId, childId, cancellationToken);
        var today = Today();
        if (personId == child.Id)
        {
            return (child, Card(child, PersonGroup.Child, "Child", [], null, false, today, []));
        }

        var match = relationships.FirstOrDefault(r => r.Relationship.RelatedPerson.Id == personId);
        return match.Relationship is null || !match.Visible ? null : (match.Relationship.RelatedPerson, Card(match.Relationship, today, []));
    }

    private async Task<Family> FamilyAsync(string workerId, string childId, CancellationToken cancellationToken)
    {
        var child = await cms.GetPersonAsync(childId, cancellationToken);
        if (!ChildRule.IsChild(child, Today()))
        {
            throw new NotAChildException();
        }

        if (child.Restricted && !await cms.CanWorkerViewAsync(workerId, child.Id, cancellationToken))
        {
            throw new PanelRefusedException("This child's record is restricted in the case management system. Ask your manager for access.");
        }

        var relationships = await cms.GetRelationshipsAsync(childId, new RelationshipQuery(options.Value.IncludeEndedRelationships, Today()), cancellationToken);
        var visible = await Task.WhenAll(relationships
            .Where(r => r.RelatedPerson.Id != child.Id)
            .Select(async r => (r, !r.RelatedPerson.Restricted || await cms.CanWorkerViewAsync(workerId, r.RelatedPerson.Id, cancellationToken))));
        var family = new Family(child, visible);
        if (options.Value.FamilyKeptFor > TimeSpan.Zero)
        {
            _families.Set((workerId, childId), family, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = options.Value.FamilyKeptFor, Size = 1 });
        }

        return family;
    }

    private async Task<PersonCard> ChildCardAsync(CmsPerson child, DateOnly today, FamilyReviews reviews, CancellationToken cancellationToken) =>
        Card(child, PersonGroup.Child, "Child", [], null, false, today, await lookup.FlagsAsync(child, cancellationToken, reviews));

    private static PersonCard Card(CmsRelationship r, DateOnly today, IReadOnlyList<ServiceFlag> flags)
    {
        var main = r.Types.OrderBy(t => RelationshipLabels.Rank(t.Normalised)).First();
        var labels = string.Join(" and ", r.Types.Select(t => RelationshipLabels.Label(t.Normalised)).Distinct());
        return Card(r.RelatedPerson, RelationshipLabels.Group(main.Normalised), labels, [.. r.Types.Select(t => t.Wording)],
            r.EndDate, r.ParentalResponsibility, today, flags);
    }

    private static PersonCard Card(CmsPerson p, PersonGroup group, string relationship, IReadOnlyList<string> wording, DateOnly? ended, bool pr, DateOnly today, IReadOnlyList<ServiceFlag> flags) =>
        new(p.Id, group, false, $"{p.FirstName} {p.FamilyName}".Trim(), AgeCalculator.AgeOn(p.DateOfBirth, today), p.DateOfBirth,
            relationship, wording, ended, pr, flags);

    /// <summary>A restricted person's card: no name, age, flags or CMS id — only that someone restricted is linked, and how.</summary>
    private static PersonCard RestrictedCard(CmsRelationship r, int index)
    {
        var main = r.Types.OrderBy(t => RelationshipLabels.Rank(t.Normalised)).First();
        return new PersonCard(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"restricted-{index + 1}"), RelationshipLabels.Group(main.Normalised), true, null, null, null,
            string.Join(" and ", r.Types.Select(t => RelationshipLabels.Label(t.Normalised)).Distinct()), [.. r.Types.Select(t => t.Wording)],
            r.EndDate, false, []);
    }

    private DateOnly Today() => UkDates.Today(time);

    /// <summary>The child and the people linked to them, each with whether this worker may see them.</summary>
    private sealed record Family(CmsPerson Child, IReadOnlyList<(CmsRelationship Relationship, bool Visible)> Relationships);
}
