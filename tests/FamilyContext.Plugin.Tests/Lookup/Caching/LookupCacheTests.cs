using FamilyContext.Plugin.Abstractions;
using FamilyContext.Plugin.Lookup;
using FamilyContext.Plugin.Lookup.Caching;
using FamilyContext.Plugin.Services;
using FamilyContext.Plugin.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyContext.Plugin.Tests.Lookup.Caching;

public sealed class LookupCacheTests : IDisposable
{
    private readonly CountingSource _source = new();
    private readonly PluginFactory _factory;
    private readonly CmsPerson _mother;

    public LookupCacheTests()
    {
        _factory = new PluginFactory { ConfigureServices = _source.Register };
        _mother = People.Person("600002", "Jess", "Testwell", _factory.Today.AddYears(-33));
    }

    private InvolvementLookup Lookup => _factory.Services.GetRequiredService<InvolvementLookup>();

    private ServiceDefinition Service(string id) => _factory.Services.GetRequiredService<ServiceCatalogue>().Find(id)!;

    private Task<ServiceCheck> CheckAsync(string service, CmsPerson? person = null) =>
        Lookup.CheckAsync(person ?? _mother, Service(service), CancellationToken.None);

    private Task LoadAsync(string service, params CmsPerson[] people) =>
        _factory.Store.LoadAsync(service, _factory.Time.GetUtcNow(), [.. people.Select((p, i) => People.Record(service, $"{service}-{i}", People.AsRecorded(p)))]);

    [Fact]
    public async Task A_second_lookup_of_the_same_person_is_answered_from_the_cache()
    {
        await LoadAsync("police", _mother);

        var first = await CheckAsync("police");
        var second = await CheckAsync("police");

        Assert.Equal((FlagState.Current, FlagState.Current), (first.Flag.State, second.Flag.State));
        Assert.Equal("police-0", Assert.Single(second.Records).Record.RecordId);
        Assert.Equal(1, _source.Calls);
    }

    [Fact]
    public async Task Loading_a_new_extract_retires_that_service_s_cached_answers_and_no_other_service_s()
    {
        await LoadAsync("police", _mother);
        await LoadAsync("housing", _mother);
        await CheckAsync("police");
        await CheckAsync("housing");

        await LoadAsync("police");

        Assert.Equal(FlagState.NoRecord, (await CheckAsync("police")).Flag.State);
        Assert.Equal(FlagState.Current, (await CheckAsync("housing")).Flag.State);
        Assert.Equal(3, _source.Calls);
    }

    [Fact]
    public async Task An_extract_loaded_by_another_process_is_seen_once_the_generation_check_interval_has_passed()
    {
        await LoadAsync("police", _mother);
        await CheckAsync("police");
        var otherProcess = new Plugin.Store.SqliteRecordStore(_factory.StoreConnectionString, new Plugin.Store.StoreChanges());
        await otherProcess.LoadAsync("police", _factory.Time.GetUtcNow());

        Assert.Equal(FlagState.Current, (await CheckAsync("police")).Flag.State);
        _factory.Time.Advance(TimeSpan.FromSeconds(6));
        Assert.Equal(FlagState.NoRecord, (await CheckAsync("police")).Flag.State);
    }

    [Fact]
    public async Task An_edit_to_the_person_in_the_CMS_is_looked_up_afresh()
    {
        await LoadAsync("police", _mother);
        await CheckAsync("police");

        var moved = await CheckAsync("police", _mother with { Address = new CmsAddress("2 New Road", null, "Stockport", "M1 1AA") });

        Assert.Equal(FlagState.PossibleMatch, moved.Flag.State);
        Assert.Equal(2, _source.Calls);
    }

    [Fact]
    public async Task An_unavailable_answer_is_never_cached()
    {
        await LoadAsync("police", _mother);
        _source.FailWith = new SourceUnavailableException("Police is down.");
        Assert.Equal(FlagState.Unavailable, (await CheckAsync("police")).Flag.State);

        _source.FailWith = null;

        Assert.Equal(FlagState.Current, (await CheckAsync("police")).Flag.State);
        Assert.Equal(2, _source.Calls);
    }

    [Fact]
    public async Task An_answer_from_data_too_old_to_rely_on_is_not_cached()
    {
        await LoadAsync("police", _mother);
        _factory.Time.Advance(TimeSpan.FromDays(8));

        Assert.Equal(FlagState.Unavailable, (await CheckAsync("police")).Flag.State);
        Assert.Equal(FlagState.Unavailable, (await CheckAsync("police")).Flag.State);
        Assert.Equal(2, _source.Calls);
    }

    [Fact]
    public async Task Concurrent_lookups_of_the_same_person_share_one_fetch()
    {
        await LoadAsync("police", _mother);
        _source.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var checks = Enumerable.Range(0, 8).Select(_ => CheckAsync("police")).ToList();
        while (_source.Calls == 0)
        {
            await Task.Delay(10);
        }

        _source.Gate.SetResult();
        var results = await Task.WhenAll(checks);

        Assert.All(results, r => Assert.Equal(FlagState.Current, r.Flag.State));
        Assert.Equal(1, _source.Calls);
    }

    [Fact]
    public void A_cache_key_holds_no_name_date_of_birth_or_identifier()
    {
        var person = _mother with { NhsNumber = "9434765919" };

        var key = LookupCacheKey.For(Service("police"), person, "3.0");

        Assert.Matches("^fc:lookup:[0-9a-f]{64}$", key);
        Assert.NotEqual(key, LookupCacheKey.For(Service("police"), person, "4.0"));
        Assert.NotEqual(key, LookupCacheKey.For(Service("police"), person with { FamilyName = "Other" }, "3.0"));
    }

    public void Dispose() => _factory.Dispose();
}
