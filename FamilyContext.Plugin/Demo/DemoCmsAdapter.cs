using System.Diagnostics;
using FamilyContext.Plugin.Abstractions;

namespace FamilyContext.Plugin.Demo;

/// <summary>
/// The CMS adapter for the embedded demo: reads the synthetic council's CMS tables. Only the demo manager
/// holds the "view restricted person" permission.
/// </summary>
internal sealed class DemoCmsAdapter(DemoCmsDatabase database) : ICmsAdapter, ICmsPersonSearch
{
    public const string Name = "Demo";
    public const string SocialWorker = "demo-social-worker";
    public const string Manager = "demo-manager";

    public string SystemName => Name;

    public async Task<CmsPerson> GetPersonAsync(string personId, CancellationToken cancellationToken) =>
        await database.FindPersonAsync(personId, cancellationToken) ?? throw new CmsPersonNotFoundException(personId);

    public async Task<IReadOnlyList<CmsRelationship>> GetRelationshipsAsync(string personId, RelationshipQuery query, CancellationToken cancellationToken)
    {
        _ = await GetPersonAsync(personId, cancellationToken);
        var links = await database.LinksAsync(personId, cancellationToken);
        return [.. links
            .Where(l => l.Other.Id != personId && (query.IncludeEnded || l.Link.EndDate is null || l.Link.EndDate > query.AsOf))
            .GroupBy(l => l.Other.Id, StringComparer.Ordinal)
            .Select(g => new CmsRelationship(
                g.First().Other,
                [.. g.Select(l => new CmsRelationshipType(l.Link.Code, l.Link.Wording, l.Link.Type))],
                g.Min(l => l.Link.StartDate),
                g.All(l => l.Link.EndDate is not null) ? g.Max(l => l.Link.EndDate) : null,
                g.Any(l => l.Link.ParentalResponsibility)))];
    }

    public Task<(IReadOnlyList<CmsPerson> Page, int Total)> SearchAsync(
        string firstName, string familyName, DateOnly? dateOfBirth, int skip, int take, CancellationToken cancellationToken) =>
        database.SearchAsync(firstName, familyName, dateOfBirth, skip, take, cancellationToken);

    public async Task<bool> CanWorkerViewAsync(string workerId, string personId, CancellationToken cancellationToken)
    {
        var person = await GetPersonAsync(personId, cancellationToken);
        return !person.Restricted || workerId == Manager;
    }

    public async Task<CmsHealth> CheckHealthAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var children = await database.ChildrenAsync(cancellationToken);
        return new CmsHealth(children.Count > 0, $"Demo CMS holds {children.Count} children.", Stopwatch.GetElapsedTime(started));
    }
}
