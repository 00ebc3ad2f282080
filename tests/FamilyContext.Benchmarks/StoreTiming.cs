using System.Diagnostics;
using System.Globalization;
using FamilyContext.Plugin.Abstractions;
using FamilyContext.Plugin.Store;

namespace FamilyContext.Benchmarks;

/// <summary>Candidate lookup time in a SQLite store of a given size: the indexed equalities should not grow with it.</summary>
internal static class StoreTiming
{
    private const int Lookups = 3_000;

    // Letters only, as names are matched on letters: 400 first names and 2,000 family names.
    private static readonly string[] Syllables = ["an", "bel", "cor", "dan", "el", "fin", "gar", "hol", "is", "jon", "kel", "lor", "mar", "nor", "ol", "pen", "quin", "ros", "sal", "tor"];
    private static readonly string[] FirstNames = [.. Syllables.SelectMany(a => Syllables.Select(b => Capital(a + b)))];
    private static readonly string[] FamilyNames = [.. Syllables.SelectMany(a => Syllables.SelectMany(b => new[] { "ton", "well", "by", "ley", "son" }.Select(c => Capital(a + b + c))))];

    /// <summary>In a new SQLite file, or in the PostgreSQL database given (its "police" extract replaced).</summary>
    public static async Task<StoreResult> RunAsync(int size, string? postgres = null)
    {
        var folder = Directory.CreateTempSubdirectory("fc-bench-store-").FullName;
        await using var dataSource = postgres is null ? null : Npgsql.NpgsqlDataSource.Create(postgres);
        try
        {
            DapperRecordStore store = dataSource is null
                ? new SqliteRecordStore($"Data Source={Path.Combine(folder, "store.db")}", new StoreChanges())
                : new PostgresRecordStore(dataSource, new StoreChanges());
            await store.InitialiseAsync(CancellationToken.None);
            var started = Stopwatch.GetTimestamp();
            var now = DateTimeOffset.UtcNow;
            await store.ReplaceServiceAsync(new SourceMetadata("police", now, null, null, "Bench", "Bench", now, 0), Records("police", size, seed: 1), CancellationToken.None);
            var load = Stopwatch.GetElapsedTime(started);

            // Half the probes are people in the store (drawn as the records were), half are not.
            var inStore = Records("police", Lookups / 2, seed: 1).Select(r => Probe(r.Person));
            var absent = Records("police", Lookups / 2, seed: 99).Select(r => Probe(r.Person with { FamilyName = "Absent" + r.Person.FamilyName }));
            var times = new List<double>();
            long candidates = 0;
            foreach (var probe in inStore.Concat(absent))
            {
                var t = Stopwatch.GetTimestamp();
                candidates += (await store.FindCandidatesAsync("police", MatchKeys.For(probe), CancellationToken.None)).Count;
                times.Add(Stopwatch.GetElapsedTime(t).TotalMicroseconds);
            }

            times.Sort();
            return new StoreResult(size, load.TotalSeconds, times.Count, (double)candidates / times.Count, times[times.Count / 2], times[(int)(times.Count * 0.99)], times.Average());
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Made-up records: names from fixed lists, birth dates over 80 years, postcodes over 5,000 units.</summary>
    public static IEnumerable<ServiceRecord> Records(string serviceId, int count, int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var dob = new DateOnly(1940, 1, 1).AddDays(random.Next(80 * 365));
            var postcode = string.Create(CultureInfo.InvariantCulture, $"SK{random.Next(1, 20)} {random.Next(1, 10)}{(char)('A' + random.Next(26))}{(char)('A' + random.Next(10))}");
            yield return new ServiceRecord(serviceId, string.Create(CultureInfo.InvariantCulture, $"S{seed}-{i}"),
                new RecordPerson(FirstNames[random.Next(FirstNames.Length)], FamilyNames[random.Next(FamilyNames.Length)], dob, (Gender)random.Next(1, 3),
                    "1 Street", postcode, null, random.Next(3) == 0 ? string.Create(CultureInfo.InvariantCulture, $"9{random.NextInt64(100_000_000, 999_999_999)}") : null, null, null),
                Involvement.Current, null, null, null, []);
        }
    }

    private static string Capital(string name) => char.ToUpperInvariant(name[0]) + name[1..];

    private static CmsPerson Probe(RecordPerson p) =>
        new("probe", p.FirstName, p.FamilyName, p.DateOfBirth, p.Gender, new CmsAddress(null, null, null, p.Postcode), p.NhsNumber, null, null, false);
}

internal sealed record StoreResult(int Size, double LoadSeconds, int Lookups, double CandidatesPerLookup, double P50, double P99, double Mean)
{
    public string Row(string kind) => string.Create(CultureInfo.InvariantCulture,
        $"| {kind} | {Size:N0} | {LoadSeconds:F1} | {Lookups:N0} | {CandidatesPerLookup:F1} | {P50:F0} | {P99:F0} | {Mean:F0} |");
}
