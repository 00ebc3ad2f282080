using FamilyContext.Plugin.Abstractions;
using Microsoft.Extensions.Logging;

namespace FamilyContext.Adapters.Http;

/// <summary>
/// Turns raw CMS relationship rows into one <see cref="CmsRelationship"/> per related person: duplicate records
/// folded into the subject, reciprocal rows shown once, self-links and links back into the subject ignored,
/// ended links left out unless asked for, and several types for one person kept together.
/// </summary>
public sealed class RelationshipResolver(RelationshipMap map, string systemName, ILogger logger)
{
    private const int MaxDuplicateRecords = 10;

    /// <summary>
    /// Resolves the subject's relationships. <paramref name="fetch"/> reads every row touching one person record,
    /// or null when the CMS has no such record.
    /// </summary>
    public async Task<IReadOnlyList<CmsRelationship>> ResolveAsync(string subjectId, bool includeEnded, DateOnly asOf,
        Func<string, CancellationToken, Task<CmsLinkSet?>> fetch, CancellationToken cancellationToken)
    {
        var identity = new HashSet<string>(StringComparer.Ordinal) { subjectId };
        var pending = new Queue<string>([subjectId]);
        var rows = new List<CmsLink>();
        var people = new Dictionary<string, CmsPerson>(StringComparer.Ordinal);
        while (pending.TryDequeue(out var recordId))
        {
            var set = await fetch(recordId, cancellationToken);
            if (set is null)
            {
                // The subject must exist; a duplicate record that has since been deleted adds nothing.
                if (recordId == subjectId)
                {
                    throw new CmsPersonNotFoundException(subjectId);
                }

                continue;
            }

            foreach (var person in set.People)
            {
                people.TryAdd(person.Id, person);
            }

            foreach (var row in set.Links)
            {
                if (!map.IsDuplicate(row.Code))
                {
                    rows.Add(row);
                }
                else if (FoldDuplicate(row, identity))
                {
                    pending.Enqueue(identity.Contains(row.PersonId) ? row.OtherPersonId : row.PersonId);
                }
            }
        }

        var unknownCodes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        return Orient(rows, identity)
            .Where(link => includeEnded || link.Row.EndDate is null || link.Row.EndDate >= asOf)
            .Select(link => (link.RelativeId, link.Row, Type: Describe(link.Row, link.Direct, unknownCodes)))
            .GroupBy(link => link.RelativeId, StringComparer.Ordinal)
            .Select(group => Merge(group.Key, [.. group.Select(g => (g.Row, g.Type))], people, asOf))
            .OrderBy(r => Rank(r.Types[0].Normalised))
            .ThenBy(r => r.RelatedPerson.Id, StringComparer.Ordinal)
            .ToList();
    }

    private bool FoldDuplicate(CmsLink row, HashSet<string> identity)
    {
        var other = identity.Contains(row.PersonId) ? row.OtherPersonId : row.PersonId;
        if (identity.Contains(other))
        {
            return false; // a cycle back to a record already folded in
        }

        if (identity.Count >= MaxDuplicateRecords)
        {
            Log.DuplicateChainTooLong(logger, systemName, MaxDuplicateRecords);
            return false;
        }

        return identity.Add(other);
    }

    // Each row read from the subject's side; where the CMS holds both directions the subject's own row wins.
    private static IEnumerable<(string RelativeId, CmsLink Row, bool Direct)> Orient(List<CmsLink> rows, HashSet<string> identity)
    {
        var touching = rows
            .Where(r => identity.Contains(r.PersonId) != identity.Contains(r.OtherPersonId))
            .Select(r => identity.Contains(r.PersonId) ? (RelativeId: r.OtherPersonId, Row: r, Direct: true) : (RelativeId: r.PersonId, Row: r, Direct: false))
            .ToList();
        var hasDirect = touching.Where(t => t.Direct).Select(t => t.RelativeId).ToHashSet(StringComparer.Ordinal);
        return touching.Where(t => t.Direct || !hasDirect.Contains(t.RelativeId));
    }

    private CmsRelationshipType Describe(CmsLink row, bool direct, HashSet<string> unknownCodes)
    {
        var entry = map.Find(row.Code, row.Description);
        var wording = string.IsNullOrWhiteSpace(row.Description) ? row.Code : row.Description.Trim();
        if (entry is null && unknownCodes.Add(row.Code))
        {
            Log.UnknownRelationshipCode(logger, systemName, row.Code);
        }

        if (direct)
        {
            return new CmsRelationshipType(row.Code, wording, entry?.Type ?? RelationshipType.Other);
        }

        // "Grandchild : Grandparent" stored against the other person reads "Grandparent : Grandchild" from ours.
        var halves = wording.Split(" : ", 2, StringSplitOptions.TrimEntries);
        var reversed = halves.Length == 2 ? $"{halves[1]} : {halves[0]}" : $"{wording} (recorded from the other person's side)";
        return new CmsRelationshipType(row.Code, reversed, entry?.ReciprocalType ?? RelationshipType.Other);
    }

    private static CmsRelationship Merge(string relativeId, IReadOnlyList<(CmsLink Row, CmsRelationshipType Type)> links,
        Dictionary<string, CmsPerson> people, DateOnly asOf)
    {
        var person = people.GetValueOrDefault(relativeId)
            ?? throw new CmsUnavailableException("The CMS named a related person without giving that person's details.");
        var types = links.Select(l => l.Type)
            .DistinctBy(t => (t.Code.ToUpperInvariant(), t.Normalised))
            .OrderBy(t => Rank(t.Normalised))
            .ToList();
        var current = links.Any(l => l.Row.EndDate is null || l.Row.EndDate >= asOf);
        return new CmsRelationship(
            person,
            types,
            links.Min(l => l.Row.StartDate),
            current ? null : links.Max(l => l.Row.EndDate),
            links.Any(l => l.Row.ParentalResponsibility));
    }

    private static int Rank(RelationshipType type) => type == RelationshipType.Other ? int.MaxValue : (int)type;
}
