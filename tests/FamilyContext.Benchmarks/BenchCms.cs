using FamilyContext.Plugin.Abstractions;

namespace FamilyContext.Benchmarks;

/// <summary>A CMS with one child linked to people aged 19 or more (ten by default), all of whom every service checks. Counts the calls made to it.</summary>
internal sealed class BenchCms : ICmsAdapter
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);
    private long _calls;

    public BenchCms(int relatives = 10)
    {
        Child = Person("B0", "Ava", Today.AddYears(-8));
        Relatives = [.. Enumerable.Range(1, relatives).Select(i => Person($"B{i}", $"Relative{Letters(i)}", Today.AddYears(-19).AddDays(-i * 3)))];
    }

    /// <summary>Every call made to this CMS so far.</summary>
    public long Calls => Interlocked.Read(ref _calls);

    public CmsPerson Child { get; }

    public IReadOnlyList<CmsPerson> Relatives { get; }

    public string SystemName => "Demo";

    public Task<CmsPerson> GetPersonAsync(string personId, CancellationToken cancellationToken) =>
        Counted(personId == Child.Id ? Child : Relatives.FirstOrDefault(r => r.Id == personId) ?? throw new CmsPersonNotFoundException(personId));

    public Task<IReadOnlyList<CmsRelationship>> GetRelationshipsAsync(string personId, RelationshipQuery query, CancellationToken cancellationToken) =>
        Counted<IReadOnlyList<CmsRelationship>>(personId != Child.Id ? [] :
            [.. Relatives.Select(r => new CmsRelationship(r, [new CmsRelationshipType("SIB", "Sibling", RelationshipType.Sibling)], null, null, false))]);

    public Task<bool> CanWorkerViewAsync(string workerId, string personId, CancellationToken cancellationToken) => Counted(true);

    public Task<CmsHealth> CheckHealthAsync(CancellationToken cancellationToken) => Task.FromResult(new CmsHealth(true, "bench", TimeSpan.Zero));

    private Task<T> Counted<T>(T value)
    {
        Interlocked.Increment(ref _calls);
        return Task.FromResult(value);
    }

    // Letters only ("a", "b", … "ba"), as names are matched on letters.
    private static string Letters(int i) => i < 26 ? ((char)('a' + i)).ToString() : Letters(i / 26) + (char)('a' + (i % 26));

    private static CmsPerson Person(string id, string first, DateOnly dob) =>
        new(id, first, "Benchmark", dob, Gender.Female, new CmsAddress("1 Bench Street", null, "Stockport", "SK4 2AB"), null, null, null, false);
}
