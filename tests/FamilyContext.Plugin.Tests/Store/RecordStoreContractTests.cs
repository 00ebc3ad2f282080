using System.Text.Json.Nodes;
using FamilyContext.Plugin.Abstractions;
using FamilyContext.Plugin.Store;
using FamilyContext.Plugin.Tests.Support;

namespace FamilyContext.Plugin.Tests.Store;

/// <summary>What every local store guarantees; each store's tests subclass this and say how to make an empty store.</summary>
public abstract class RecordStoreContractTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 10, 0, 0, TimeSpan.Zero);

    protected StoreChanges Changes { get; } = new();

    /// <summary>A new store over an empty database, not yet initialised.</summary>
    protected abstract Task<IRecordStore> CreateStoreAsync();

    private async Task<IRecordStore> InitialisedAsync()
    {
        var store = await CreateStoreAsync();
        await store.InitialiseAsync(CancellationToken.None);
        return store;
    }

    [Fact]
    public async Task Initialising_twice_keeps_the_data_and_the_schema()
    {
        var store = await InitialisedAsync();
        await store.LoadAsync("police", Now, People.Record("police", "P1", Recorded("Jess", "Testwell", new DateOnly(1990, 4, 2))));

        await store.InitialiseAsync(CancellationToken.None);

        Assert.NotNull(await store.GetRecordAsync("police", "P1", CancellationToken.None));
    }

    [Fact]
    public async Task A_record_comes_back_with_every_field_it_was_written_with()
    {
        var store = await InitialisedAsync();
        var person = new RecordPerson("Jess", "Test-Well", new DateOnly(1990, 4, 2), Gender.Female, "1 Test Street, Stockport", "SK4 2AB",
            "100012345678", "943 476 5919", "A123456789012", "MDM-77");
        var details = new JsonObject { ["policeArea"] = "Test area", ["offences"] = new JsonArray(new JsonObject { ["type"] = "Robbery" }) };
        var record = new ServiceRecord("police", "P1", person, Involvement.Historic, new DateOnly(2024, 1, 10), new DateOnly(2025, 3, 1),
            new Practitioner("Alex", "Officer", "Test Police", "0161 496 0123", "alex@example.org"), details);
        await store.LoadAsync("police", Now, record);

        var read = await store.GetRecordAsync("police", "P1", CancellationToken.None);

        Assert.NotNull(read);
        Assert.Equal(person with { NhsNumber = "9434765919", Upn = "A123456789012", PersonKey = "MDM77" }, read.Person);
        Assert.Equal((Involvement.Historic, new DateOnly(2024, 1, 10), new DateOnly(2025, 3, 1)), (read.Involvement, read.StartDate, read.EndDate));
        Assert.Equal(record.Practitioner, read.Practitioner);
        Assert.Equal(details.ToJsonString(), read.Details.ToJsonString());
    }

    [Theory]
    [InlineData("nhs")]
    [InlineData("upn")]
    [InlineData("key")]
    [InlineData("dob")]
    [InlineData("transposed dob")]
    [InlineData("family name and birth year")]
    [InlineData("postcode and first name")]
    public async Task A_candidate_is_found_by_each_indexed_key_on_its_own(string key)
    {
        var store = await InitialisedAsync();
        var stored = new RecordPerson("Jess", "Testwell", new DateOnly(1990, 4, 2), Gender.Female, null, "SK4 2AB", null, "9434765919", "A123", "K1");
        await store.LoadAsync("school", Now, People.Record("school", "S1", stored), People.Record("school", "S2", stored with
        {
            FirstName = "Zed", FamilyName = "Other", DateOfBirth = new DateOnly(1970, 1, 20), Postcode = "M1 1AA", NhsNumber = "1111111111", Upn = "B9", PersonKey = "K9",
        }));
        var nothing = new CmsPerson("1", "Nobody", "Unmatched", null, Gender.Unknown, null, null, null, null, false);
        var probe = key switch
        {
            "nhs" => nothing with { NhsNumber = "943 476 5919" },
            "upn" => nothing with { Upn = "a123" },
            "key" => nothing with { PersonKey = "K1" },
            "dob" => nothing with { DateOfBirth = new DateOnly(1990, 4, 2) },
            "transposed dob" => nothing with { FirstName = "Jess", DateOfBirth = new DateOnly(1990, 2, 4) },
            "family name and birth year" => nothing with { FamilyName = "Testwell", DateOfBirth = new DateOnly(1990, 12, 30) },
            _ => nothing with { FirstName = "Jess", Address = new CmsAddress(null, null, null, "sk42ab") },
        };

        var found = await store.FindCandidatesAsync("school", MatchKeys.For(probe), CancellationToken.None);

        Assert.Equal(["S1"], found.Select(r => r.RecordId));
    }

    [Fact]
    public async Task A_swapped_date_of_birth_with_no_name_or_postcode_agreeing_is_not_a_candidate()
    {
        var store = await InitialisedAsync();
        await store.LoadAsync("school", Now, People.Record("school", "S1", Recorded("Jess", "Testwell", new DateOnly(1990, 4, 2))));
        var probe = new CmsPerson("1", "Other", "Person", new DateOnly(1990, 2, 4), Gender.Unknown, new CmsAddress(null, null, null, "M1 1AA"), null, null, null, false);

        Assert.Empty(await store.FindCandidatesAsync("school", MatchKeys.For(probe), CancellationToken.None));
    }

    [Fact]
    public async Task Candidates_of_another_service_are_never_returned()
    {
        var store = await InitialisedAsync();
        var jess = Recorded("Jess", "Testwell", new DateOnly(1990, 4, 2));
        await store.LoadAsync("police", Now, People.Record("police", "P1", jess));

        var found = await store.FindCandidatesAsync("housing", MatchKeys.For(People.Person("1", "Jess", "Testwell", new DateOnly(1990, 4, 2))), CancellationToken.None);

        Assert.Empty(found);
    }

    [Fact]
    public async Task Metadata_is_absent_until_an_extract_is_loaded_and_then_says_what_was_loaded()
    {
        var store = await InitialisedAsync();
        Assert.Null(await store.GetMetadataAsync("police", CancellationToken.None));

        await store.LoadAsync("police", Now, People.Record("police", "P1", Recorded("Jess", "Testwell", new DateOnly(1990, 4, 2))));

        var metadata = await store.GetMetadataAsync("police", CancellationToken.None);
        Assert.Equal(new SourceMetadata("police", Now.AddHours(-1), null, null, "Test area", "Covers the police test extract.", Now, 1), metadata);
    }

    [Fact]
    public async Task Replacing_a_service_removes_its_old_records_keeps_other_services_and_raises_its_generation()
    {
        var store = await InitialisedAsync();
        var jess = Recorded("Jess", "Testwell", new DateOnly(1990, 4, 2));
        await store.LoadAsync("police", Now, People.Record("police", "OLD", jess));
        await store.LoadAsync("housing", Now, People.Record("housing", "H1", jess));
        var before = await store.GetGenerationsAsync(CancellationToken.None);
        var changesBefore = Changes.Version;

        await store.LoadAsync("police", Now, People.Record("police", "NEW", jess));

        Assert.Null(await store.GetRecordAsync("police", "OLD", CancellationToken.None));
        Assert.NotNull(await store.GetRecordAsync("police", "NEW", CancellationToken.None));
        Assert.NotNull(await store.GetRecordAsync("housing", "H1", CancellationToken.None));
        var after = await store.GetGenerationsAsync(CancellationToken.None);
        Assert.Equal(before["police"] + 1, after["police"]);
        Assert.Equal(before["housing"], after["housing"]);
        Assert.Equal(changesBefore + 1, Changes.Version);
    }

    [Fact]
    public async Task An_extract_that_fails_half_way_leaves_the_previous_extract_in_service()
    {
        var store = await InitialisedAsync();
        var jess = Recorded("Jess", "Testwell", new DateOnly(1990, 4, 2));
        await store.LoadAsync("police", Now, People.Record("police", "OLD", jess));

        IEnumerable<ServiceRecord> Broken()
        {
            yield return People.Record("police", "NEW1", jess);
            throw new InvalidDataException("line 2 of the extract is malformed");
        }

        await Assert.ThrowsAsync<InvalidDataException>(() => store.ReplaceServiceAsync(
            new SourceMetadata("police", Now, null, null, "Test area", "x", Now, 0), Broken(), CancellationToken.None));

        Assert.NotNull(await store.GetRecordAsync("police", "OLD", CancellationToken.None));
        Assert.Null(await store.GetRecordAsync("police", "NEW1", CancellationToken.None));
        Assert.Equal(1, (await store.GetMetadataAsync("police", CancellationToken.None))!.RecordCount);
    }

    [Fact]
    public async Task Readers_during_a_replacement_see_the_old_extract_or_the_new_never_a_mix()
    {
        var store = await InitialisedAsync();
        var dob = new DateOnly(1990, 4, 2);
        ServiceRecord[] Extract(string prefix, int count) =>
            [.. Enumerable.Range(0, count).Select(i => People.Record("asc", $"{prefix}{i}", Recorded($"Name{i}", $"Family{i}", dob)))];
        await store.LoadAsync("asc", Now, Extract("OLD", 300));
        var probe = MatchKeys.For(new CmsPerson("1", null, null, dob, Gender.Unknown, null, null, null, null, false));
        var counts = new List<int>();

        var replacing = Task.Run(() => store.LoadAsync("asc", Now, Extract("NEW", 700)));
        while (!replacing.IsCompleted)
        {
            counts.Add((await store.FindCandidatesAsync("asc", probe, CancellationToken.None)).Count);
        }

        await replacing;
        counts.Add((await store.FindCandidatesAsync("asc", probe, CancellationToken.None)).Count);
        Assert.All(counts, c => Assert.Contains(c, new[] { 300, 700 }));
        Assert.Equal(700, counts[^1]);
    }

    [Fact]
    public async Task A_record_of_another_service_is_rejected_and_nothing_changes()
    {
        var store = await InitialisedAsync();
        var jess = Recorded("Jess", "Testwell", new DateOnly(1990, 4, 2));
        await store.LoadAsync("police", Now, People.Record("police", "OLD", jess));

        await Assert.ThrowsAsync<ArgumentException>(() => store.LoadAsync("police", Now, People.Record("housing", "H1", jess)));

        Assert.NotNull(await store.GetRecordAsync("police", "OLD", CancellationToken.None));
    }

    private static RecordPerson Recorded(string first, string family, DateOnly dob) =>
        new(first, family, dob, Gender.Female, "1 Test Street", "SK4 2AB", null, null, null, null);
}
