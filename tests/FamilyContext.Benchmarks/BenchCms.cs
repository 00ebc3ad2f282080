using FamilyContext.Plugin.Abstractions;

namespace FamilyContext.Benchmarks;

/// <summary>A CMS with one child linked to ten people aged 19, all of whom every service checks.</summary>
internal sealed class BenchCms : ICmsAdapter
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    public BenchCms()
    {
        Child = Person("B0", "Ava", Today.AddYears(-8));
        Relatives = [.. Enumerable.Range(1, 10).Select(i => Person($"B{i}", $"Relative{(char)('a' + i)}", Today.AddYears(-19).AddDays(-i * 3)))];
    }

    public CmsPerson Child { get; }

    public IReadOnlyList<CmsPerson> Relatives { get; }

    public string SystemName => "Demo";

    public Task<CmsPerson> GetPersonAsync(string personId, CancellationToken cancellationToken) =>
        Task.FromResult(personId == Child.Id ? Child : Relatives.FirstOrDefault(r => r.Id == personId) ?? throw new CmsPersonNotFoundException(personId));

    public Task<IReadOnlyList<CmsRelationship>> GetRelationshipsAsync(string personId, RelationshipQuery query, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<CmsRelationship>>(personId != Child.Id ? [] :
            [.. Relatives.Select(r => new CmsRelationship(r, [new CmsRelationshipType("SIB", "Sibling", RelationshipType.Sibling)], null, null, false))]);

    public Task<bool> CanWorkerViewAsync(string workerId, string personId, CancellationToken cancellationToken) => Task.FromResult(true);

    public Task<CmsHealth> CheckHealthAsync(CancellationToken cancellationToken) => Task.FromResult(new CmsHealth(true, "bench", TimeSpan.Zero));

    private static CmsPerson Person(string id, string first, DateOnly dob) =>
        new(id, first, "Benchmark", dob, Gender.Female, new CmsAddress("1 Bench Street", null, "Stockport", "SK4 2AB"), null, null, null, false);
}
