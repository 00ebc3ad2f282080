using System.Text.Json.Nodes;
using FamilyContext.Plugin.Abstractions;
using FamilyContext.Plugin.Lookup;
using FamilyContext.Plugin.OriginalApi;
using FamilyContext.Plugin.Services;
using FamilyContext.Plugin.Store;
using FamilyContext.Plugin.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyContext.Plugin.Tests.OriginalApi;

public sealed class RemoteSourceTests : IAsyncLifetime
{
    private readonly RemoteApiServer _remote = new();
    private PluginFactory _factory = null!;
    private CmsPerson _mother = null!;

    public async Task InitializeAsync()
    {
        await _remote.StartAsync();
        _factory = new PluginFactory();
        _factory.Settings["FamilyContext:Services:police:Source"] = "Remote";
        _factory.Settings["FamilyContext:Services:police:TimeBudget"] = "00:00:02";
        _factory.Settings["FamilyContext:Remote:BaseUrl"] = _remote.BaseUrl.ToString();
        _factory.Settings["FamilyContext:Remote:BearerToken"] = RemoteApiServer.Token;
        _mother = People.Person("900002", "Jess", "Testwell", new DateOnly(1993, 4, 2));
    }

    private Task<ServiceCheck> CheckPoliceAsync() =>
        _factory.Services.GetRequiredService<InvolvementLookup>().CheckAsync(_mother, _factory.Services.GetRequiredService<ServiceCatalogue>().Find("police")!, CancellationToken.None);

    private static JsonObject PoliceData(string involvement) => new()
    {
        ["serviceInvolvement"] = involvement,
        ["contact"] = new JsonObject { ["name"] = "PC Remote", ["phone"] = "0161 496 0999", ["role"] = "Officer" },
        ["policeArea"] = "Remote area",
    };

    [Fact]
    public async Task A_person_the_remote_API_holds_a_current_record_for_shows_Current_with_the_remote_s_contact()
    {
        _remote.Add("r1", "Jess", "Testwell", "1993-04-02", "1 Test Street, Stockport, SK4 2AB", new() { ["police"] = PoliceData("current") });

        var check = await CheckPoliceAsync();

        Assert.Equal(FlagState.Current, check.Flag.State);
        var record = Assert.Single(check.Records).Record;
        Assert.Equal(("PC Remote", "Remote area"), (record.Practitioner?.Name, (string?)record.Details["policeArea"]));
        Assert.Equal("Remote coverage.", check.Flag.CoverageExplanation);
    }

    [Fact]
    public async Task A_namesake_the_remote_holds_with_another_date_of_birth_and_address_is_not_matched()
    {
        AddNamesake("r2");

        var check = await CheckPoliceAsync();

        Assert.Equal(FlagState.NoRecord, check.Flag.State);
        Assert.Equal(DateTimeOffset.Parse("2026-11-20T06:00:00+00:00", System.Globalization.CultureInfo.InvariantCulture), check.Flag.CurrentAsOf);
    }

    private void AddNamesake(string id) =>
        _remote.Add(id, "Jess", "Testwell", "1971-09-30", "9 Far Away, Leeds, LS1 4AP", new() { ["police"] = PoliceData("current") });

    private void AddMother(JsonObject? police) =>
        _remote.Add("r1", "Jess", "Testwell", "1993-04-02", "1 Test Street, Stockport, SK4 2AB", new() { ["police"] = police });

    [Fact]
    public async Task A_matching_person_on_the_second_page_of_search_results_is_found_not_No_record()
    {
        _remote.ResultsPerPageLimit = 2;
        AddNamesake("r2");
        AddNamesake("r3");
        AddMother(PoliceData("current"));

        var check = await CheckPoliceAsync();

        Assert.Equal(FlagState.Current, check.Flag.State);
        Assert.Equal("remote:r1", Assert.Single(check.Records).Record.RecordId);
    }

    [Fact]
    public async Task Search_paging_that_never_reaches_its_total_shows_Unavailable()
    {
        _remote.Mode = RemoteApiServer.Behaviour.OverstatedTotal;
        AddMother(PoliceData("current"));

        var check = await CheckPoliceAsync();

        Assert.Equal(FlagState.Unavailable, check.Flag.State);
        Assert.Contains("do not add up", check.Flag.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task More_search_results_than_the_pages_we_read_shows_Unavailable_never_No_record()
    {
        _remote.ResultsPerPageLimit = 1;
        foreach (var n in Enumerable.Range(10, 11))
        {
            AddNamesake($"r{n}");
        }

        var check = await CheckPoliceAsync();

        Assert.Equal(FlagState.Unavailable, check.Flag.State);
        Assert.Contains("10 pages", check.Flag.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_remote_that_does_not_say_how_current_its_data_is_shows_Unavailable_not_No_record(bool matched)
    {
        _remote.Mode = RemoteApiServer.Behaviour.MissingLastSynchronised;
        if (matched)
        {
            AddMother(null);
        }
        else
        {
            AddNamesake("r2");
        }

        var check = await CheckPoliceAsync();

        Assert.Equal(FlagState.Unavailable, check.Flag.State);
        Assert.Contains("Police did not say how up to date its data is.", check.Flag.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_remote_that_finds_nobody_and_has_never_said_how_current_it_is_shows_Unavailable()
    {
        var check = await CheckPoliceAsync();

        Assert.Equal(FlagState.Unavailable, check.Flag.State);
        Assert.Null(check.Flag.CurrentAsOf);
    }

    [Fact]
    public async Task Right_after_start_a_person_the_remote_does_not_know_shows_No_record_as_of_the_remote_s_own_date()
    {
        _factory.Settings["FamilyContext:Remote:ReferencePersonId"] = "ref";
        _remote.Add("ref", "Reference", "Person", "1980-01-01", null, new() { ["police"] = null });

        var check = await CheckPoliceAsync();

        Assert.Equal(FlagState.NoRecord, check.Flag.State);
        Assert.Equal(DateTimeOffset.Parse("2026-11-20T06:00:00+00:00", System.Globalization.CultureInfo.InvariantCulture), check.Flag.CurrentAsOf);
    }

    [Fact]
    public async Task A_remembered_freshness_older_than_its_bound_is_not_used_once_the_remote_stops_reporting_it()
    {
        AddMother(null);
        Assert.Equal(FlagState.NoRecord, (await CheckPoliceAsync()).Flag.State);
        _remote.Mode = RemoteApiServer.Behaviour.MissingLastSynchronised;
        _factory.Time.Advance(TimeSpan.FromMinutes(6));

        var stranger = People.Person("900077", "Unknown", "Stranger", new DateOnly(1990, 6, 6));
        var check = await _factory.Services.GetRequiredService<InvolvementLookup>()
            .CheckAsync(stranger, _factory.Services.GetRequiredService<ServiceCatalogue>().Find("police")!, CancellationToken.None);

        Assert.Equal(FlagState.Unavailable, check.Flag.State);
        Assert.Contains("did not say how up to date", check.Flag.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_person_not_found_shortly_after_the_remote_described_itself_shows_No_record()
    {
        AddMother(null);
        Assert.Equal(FlagState.NoRecord, (await CheckPoliceAsync()).Flag.State);
        _factory.Time.Advance(TimeSpan.FromMinutes(2));
        var requests = _remote.Requests;

        var stranger = People.Person("900077", "Unknown", "Stranger", new DateOnly(1990, 6, 6));
        var check = await _factory.Services.GetRequiredService<InvolvementLookup>()
            .CheckAsync(stranger, _factory.Services.GetRequiredService<ServiceCatalogue>().Find("police")!, CancellationToken.None);

        Assert.Equal(FlagState.NoRecord, check.Flag.State);
        Assert.Equal(1, _remote.Requests - requests);
    }

    [Fact]
    public async Task A_possible_match_the_remote_withholds_shows_Possible_match_with_its_contact_and_no_content()
    {
        AddMother(new JsonObject
        {
            ["matchConfidence"] = "possible",
            ["matchEvidence"] = new JsonObject { ["agreed"] = new JsonArray("first name", "family name"), ["disagreed"] = new JsonArray("postcode") },
            ["contentWithheld"] = "Withheld until the match is confirmed.",
            ["contact"] = new JsonObject { ["name"] = "PC Remote", ["phone"] = "0161 496 0999", ["organisation"] = "Remote Police" },
        });

        var check = await CheckPoliceAsync();

        Assert.Equal(FlagState.PossibleMatch, check.Flag.State);
        var record = Assert.Single(check.Records).Record;
        Assert.Equal(("PC Remote", "0161 496 0999"), (record.Practitioner?.Name, record.Practitioner?.Phone));
        Assert.Empty(record.Details);
        Assert.Equal(Involvement.None, record.Involvement);
    }

    [Fact]
    public async Task A_confirmation_recorded_here_does_not_turn_a_match_the_remote_withholds_into_Current()
    {
        AddMother(new JsonObject { ["matchConfidence"] = "possible", ["contentWithheld"] = "Withheld." });
        var remotePerson = new PersonDocument("r1", null, "Jess", "Testwell", "1993-04-02", "female", "1 Test Street, Stockport, SK4 2AB");
        var review = new ClericalReview(1, ReviewOutcome.Confirmed, "remote:r1",
            RecordIdentity.Hash(RemoteRecords.Person(remotePerson)), "A worker", _factory.Time.GetUtcNow());
        _factory.Dispose();
        _factory = new PluginFactory { ConfigureServices = s => s.AddSingleton<IClericalReviews>(new FixedReviews(review)) };
        _factory.Settings["FamilyContext:Services:police:Source"] = "Remote";
        _factory.Settings["FamilyContext:Remote:BaseUrl"] = _remote.BaseUrl.ToString();
        _factory.Settings["FamilyContext:Remote:BearerToken"] = RemoteApiServer.Token;

        var check = await CheckPoliceAsync();

        Assert.Equal(FlagState.PossibleMatch, check.Flag.State);
    }

    private sealed class FixedReviews(ClericalReview review) : IClericalReviews
    {
        public Task<IReadOnlyList<ClericalReview>> InForceAsync(string personId, string serviceId, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<ClericalReview>>([review]);
    }

    [Fact]
    public async Task A_person_the_remote_holds_no_records_for_shows_No_record()
    {
        _remote.Add("r1", "Jess", "Testwell", "1993-04-02", "1 Test Street, Stockport, SK4 2AB", new() { ["police"] = null });

        Assert.Equal(FlagState.NoRecord, (await CheckPoliceAsync()).Flag.State);
    }

    [Theory]
    [InlineData(RemoteApiServer.Behaviour.Garbage, "not the API's JSON")]
    [InlineData(RemoteApiServer.Behaviour.ServerError, "HTTP 500")]
    [InlineData(RemoteApiServer.Behaviour.Slow, "did not answer in time")]
    [InlineData(RemoteApiServer.Behaviour.MissingRecordsAvailable, "without recordsAvailable")]
    public async Task A_remote_that_fails_shows_Unavailable_never_No_record(RemoteApiServer.Behaviour behaviour, string reason)
    {
        _remote.Add("r1", "Jess", "Testwell", "1993-04-02", "1 Test Street, Stockport, SK4 2AB", new() { ["police"] = null });
        _remote.Mode = behaviour;

        var check = await CheckPoliceAsync();

        Assert.Equal(FlagState.Unavailable, check.Flag.State);
        Assert.Contains(reason, check.Flag.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_remote_that_refuses_our_credentials_shows_Unavailable()
    {
        _factory.Settings["FamilyContext:Remote:BearerToken"] = "a-wrong-token";

        var check = await CheckPoliceAsync();

        Assert.Equal(FlagState.Unavailable, check.Flag.State);
        Assert.Contains("credentials are refused", check.Flag.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_original_API_s_session_cookie_can_carry_the_credentials()
    {
        _factory.Settings["FamilyContext:Remote:BearerToken"] = null;
        _factory.Settings["FamilyContext:Remote:SessionCookie"] = RemoteApiServer.Token;
        _remote.Add("r1", "Jess", "Testwell", "1993-04-02", "1 Test Street, Stockport, SK4 2AB", new() { ["police"] = PoliceData("historic") });

        Assert.Equal(FlagState.Historic, (await CheckPoliceAsync()).Flag.State);
    }

    public async Task DisposeAsync()
    {
        _factory.Dispose();
        await _remote.DisposeAsync();
    }
}
