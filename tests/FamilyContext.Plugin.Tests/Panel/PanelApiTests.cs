using System.Net;
using FamilyContext.Plugin.Abstractions;
using FamilyContext.Plugin.Lookup;
using FamilyContext.Plugin.Store;
using FamilyContext.Plugin.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyContext.Plugin.Tests.Panel;

/// <summary>The closed view through the JSON API: every flag state, the age rules, ordering and failures.</summary>
public sealed class PanelApiTests : IDisposable
{
    private readonly PluginFactory _factory;
    private readonly ScriptedSource _source;
    private readonly CmsPerson _child;

    public PanelApiTests()
    {
        ScriptedSource? source = null;
        _factory = new PluginFactory
        {
            ConfigureServices = services => services.AddKeyedSingleton<IInvolvementSource>(SourceKinds.Local, (sp, _) =>
                source = new ScriptedSource(sp.GetRequiredService<IRecordStore>())),
        };
        _factory.Settings["FamilyContext:Services:police:TimeBudget"] = "00:00:00.300";
        _child = _factory.Cms.Add(People.Person("500001", "Ava", "Testwell", _factory.Today.AddYears(-8).AddDays(-30)));
        _ = _factory.Services;
        _source = _factory.Services.GetRequiredKeyedService<IInvolvementSource>(SourceKinds.Local) as ScriptedSource ?? source!;
    }

    private DateTimeOffset Now => _factory.Time.GetUtcNow();

    private CmsPerson Adult(string id, string first, int years, RelationshipType type = RelationshipType.Parent, string wording = "Mother : Daughter")
    {
        var person = People.Person(id, first, "Testwell", _factory.Today.AddYears(-years).AddDays(-10));
        _factory.Cms.Link(_child.Id, person, type, wording);
        return person;
    }

    private async Task<PanelJson> PanelAsync()
    {
        var browser = _factory.Browser();
        return await PanelJson.GetAsync(browser, await _factory.LaunchAsync(browser, _child.Id));
    }

    [Fact]
    public async Task A_confirmed_current_record_shows_Current_and_a_confirmed_ended_one_shows_Historic()
    {
        var mother = Adult("500002", "Jess", 33);
        var father = Adult("500003", "Dan", 35, wording: "Father : Daughter");
        await _factory.Store.LoadAsync("police", Now,
            People.Record("police", "P1", People.AsRecorded(mother)),
            People.Record("police", "P2", People.AsRecorded(father), Involvement.Historic));

        using var panel = await PanelAsync();

        Assert.Equal("Current", panel.State(mother.Id, "police"));
        Assert.Equal("Historic", panel.State(father.Id, "police"));
    }

    [Fact]
    public async Task A_checked_source_with_nothing_for_the_person_shows_No_record_and_says_what_that_covers()
    {
        var mother = Adult("500002", "Jess", 33);
        await _factory.Store.LoadAsync("police", Now);

        using var panel = await PanelAsync();

        var flag = panel.Flag(mother.Id, "police");
        Assert.Equal("NoRecord", flag.GetProperty("state").GetString());
        Assert.Equal("No conviction in 5 years or suspect record in 1 year", flag.GetProperty("noRecordMeans").GetString());
        Assert.Equal(Now.AddHours(-1), flag.GetProperty("currentAsOf").GetDateTimeOffset());
    }

    [Fact]
    public async Task A_child_is_not_checked_with_the_police_and_the_rule_is_given()
    {
        using var panel = await PanelAsync();

        var flag = panel.Flag(_child.Id, "police");
        Assert.Equal("NotChecked", flag.GetProperty("state").GetString());
        Assert.Equal("Police records are shown for people aged 18 and over", flag.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task A_person_turning_18_today_is_checked_with_the_police_and_one_turning_18_tomorrow_is_not()
    {
        var today = People.Person("500010", "Tia", "Testwell", _factory.Today.AddYears(-18));
        var tomorrow = People.Person("500011", "Tom", "Testwell", _factory.Today.AddYears(-18).AddDays(1));
        _factory.Cms.Link(_child.Id, today, RelationshipType.Sibling, "Sibling : Sister");
        _factory.Cms.Link(_child.Id, tomorrow, RelationshipType.Sibling, "Sibling : Brother");
        await _factory.Store.LoadAsync("police", Now, People.Record("police", "P1", People.AsRecorded(today)), People.Record("police", "P2", People.AsRecorded(tomorrow)));

        using var panel = await PanelAsync();

        Assert.Equal("Current", panel.State(today.Id, "police"));
        Assert.Equal("NotChecked", panel.State(tomorrow.Id, "police"));
    }

    [Fact]
    public async Task School_is_checked_up_to_and_including_age_20_and_not_at_21()
    {
        var twenty = People.Person("500012", "Zoe", "Testwell", _factory.Today.AddYears(-21).AddDays(1));
        var twentyOne = People.Person("500013", "Zak", "Testwell", _factory.Today.AddYears(-21));
        _factory.Cms.Link(_child.Id, twenty, RelationshipType.Sibling, "Sibling : Sister");
        _factory.Cms.Link(_child.Id, twentyOne, RelationshipType.Sibling, "Sibling : Brother");
        await _factory.Store.LoadAsync("school", Now);

        using var panel = await PanelAsync();

        Assert.Equal("NoRecord", panel.State(twenty.Id, "school"));
        Assert.Equal("NotChecked", panel.State(twentyOne.Id, "school"));
    }

    [Fact]
    public async Task A_record_matching_on_name_and_date_of_birth_at_another_postcode_is_a_possible_match_with_its_evidence()
    {
        var mother = Adult("500002", "Jess", 33);
        await _factory.Store.LoadAsync("housing", Now, People.Record("housing", "H1", People.AsRecorded(mother) with { Postcode = "M1 1AA" }));

        using var panel = await PanelAsync();

        var flag = panel.Flag(mother.Id, "housing");
        Assert.Equal("PossibleMatch", flag.GetProperty("state").GetString());
        var evidence = flag.GetProperty("evidence");
        Assert.Contains("date of birth", evidence.GetProperty("agreed").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains("postcode", evidence.GetProperty("disagreed").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task A_look_alike_with_the_same_name_but_another_date_of_birth_is_not_shown()
    {
        var mother = Adult("500002", "Jess", 33);
        await _factory.Store.LoadAsync("police", Now,
            People.Record("police", "P1", People.AsRecorded(mother) with { DateOfBirth = mother.DateOfBirth!.Value.AddDays(-97), Postcode = "M1 1AA" }));

        using var panel = await PanelAsync();

        Assert.Equal("NoRecord", panel.State(mother.Id, "police"));
    }

    [Fact]
    public async Task A_failing_source_shows_Unavailable_for_every_person_while_the_other_services_render()
    {
        var mother = Adult("500002", "Jess", 33);
        await _factory.Store.LoadAsync("housing", Now, People.Record("housing", "H1", People.AsRecorded(mother)));
        _source.Failing.Add("police");

        using var panel = await PanelAsync();

        Assert.All(panel.People, p => Assert.NotEqual("NoRecord", panel.State(p.GetProperty("personId").GetString()!, "police")));
        var flag = panel.Flag(mother.Id, "police");
        Assert.Equal("Unavailable", flag.GetProperty("state").GetString());
        Assert.Equal("Contact the police public protection unit on 0161 496 0300.", flag.GetProperty("contactWhenUnavailable").GetString());
        Assert.Equal("Current", panel.State(mother.Id, "housing"));
    }

    [Fact]
    public async Task A_source_that_never_answers_shows_Unavailable_after_its_time_budget()
    {
        var mother = Adult("500002", "Jess", 33);
        _source.Hanging.Add("police");

        using var panel = await PanelAsync();

        Assert.Equal("Unavailable", panel.State(mother.Id, "police"));
        Assert.Equal("Police did not answer in time.", panel.Flag(mother.Id, "police").GetProperty("reason").GetString());
    }

    [Fact]
    public async Task A_source_answering_garbage_shows_Unavailable()
    {
        var mother = Adult("500002", "Jess", 33);
        _source.Broken.Add("asc");

        using var panel = await PanelAsync();

        Assert.Equal("Unavailable", panel.State(mother.Id, "asc"));
    }

    [Fact]
    public async Task Unavailable_says_when_the_source_last_answered()
    {
        var mother = Adult("500002", "Jess", 33);
        using (await PanelAsync())
        {
        }

        var lastGood = Now;
        _factory.Time.Advance(TimeSpan.FromMinutes(20));
        _source.Failing.Add("police");
        using var panel = await PanelAsync();

        Assert.Equal(lastGood, panel.Flag(mother.Id, "police").GetProperty("lastGood").GetDateTimeOffset());
    }

    [Fact]
    public async Task Data_older_than_its_limit_shows_Unavailable_not_No_record()
    {
        var mother = Adult("500002", "Jess", 33);
        await _factory.Store.LoadAsync("police", Now.AddDays(-8));

        using var panel = await PanelAsync();

        Assert.Equal("Unavailable", panel.State(mother.Id, "police"));
        Assert.Equal("Police data is too old to rely on.", panel.Flag(mother.Id, "police").GetProperty("reason").GetString());
    }

    [Fact]
    public async Task The_child_comes_first_then_parents_and_carers_then_siblings_youngest_first_then_others()
    {
        var grandmother = Adult("500020", "Gran", 66, RelationshipType.Grandparent, "Grandmother : Granddaughter");
        var olderSister = Adult("500021", "Older", 15, RelationshipType.Sibling, "Sibling : Sister");
        var carer = Adult("500022", "Carer", 50, RelationshipType.Carer, "Foster Carer : Foster Child");
        var mother = Adult("500023", "Jess", 33);
        var baby = Adult("500024", "Baby", 1, RelationshipType.HalfSibling, "Half-sibling");
        var stepFather = Adult("500025", "Step", 40, RelationshipType.StepParent, "Step-parent");

        using var panel = await PanelAsync();

        Assert.Equal(
            [_child.Id, mother.Id, stepFather.Id, carer.Id, baby.Id, olderSister.Id, grandmother.Id],
            panel.People.Select(p => p.GetProperty("personId").GetString()));
        Assert.Equal("Half-sibling", panel.Person(baby.Id).GetProperty("relationship").GetString());
        Assert.Equal("Foster Carer : Foster Child", panel.Person(carer.Id).GetProperty("cmsWording")[0].GetString());
    }

    [Fact]
    public async Task A_restricted_relative_is_shown_without_a_name_or_flags_to_a_worker_without_permission()
    {
        var restricted = People.Person("500030", "Hidden", "Testwell", _factory.Today.AddYears(-40), restricted: true);
        _factory.Cms.Link(_child.Id, restricted, RelationshipType.ParentsPartner, "Partner of Parent");

        using var panel = await PanelAsync();

        var card = panel.People[1];
        Assert.True(card.GetProperty("restricted").GetBoolean());
        Assert.Equal(JsonValueKindNull, card.GetProperty("name").ValueKind);
        Assert.Empty(card.GetProperty("flags").EnumerateArray());
        Assert.DoesNotContain("500030", panel.Root.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("Hidden", panel.Root.GetRawText(), StringComparison.Ordinal);
    }

    private const System.Text.Json.JsonValueKind JsonValueKindNull = System.Text.Json.JsonValueKind.Null;

    public void Dispose() => _factory.Dispose();
}
