using System.Net;
using FamilyContext.Plugin.Abstractions;
using FamilyContext.Plugin.Tests.Support;

namespace FamilyContext.Plugin.Tests.Panel;

/// <summary>
/// The family a panel read from the CMS answers the pages opened from it for a short while: a detail, the note and the
/// print view read the family once at most, not once per person; a panel always reads it afresh; once the family is no
/// longer kept, the CMS is read again and decides.
/// </summary>
public sealed class PanelFamilyTests : IDisposable
{
    private readonly PluginFactory _factory = new();
    private readonly CmsPerson _child;
    private readonly CmsPerson _mother;
    private readonly CmsPerson _father;

    public PanelFamilyTests()
    {
        _child = _factory.Cms.Add(People.Person("640001", "Ava", "Keepwell", _factory.Today.AddYears(-8)));
        _mother = People.Person("640002", "Jess", "Keepwell", _factory.Today.AddYears(-33));
        _father = People.Person("640003", "Tom", "Keepwell", _factory.Today.AddYears(-35));
        _factory.Cms.Link(_child.Id, _mother, RelationshipType.Parent, "Mother : Daughter");
        _factory.Cms.Link(_child.Id, _father, RelationshipType.Parent, "Father : Daughter");
    }

    [Fact]
    public async Task A_detail_opened_from_a_panel_does_not_read_the_family_again_and_each_panel_does()
    {
        await LoadAsync();
        using var browser = _factory.Browser();
        var session = await _factory.LaunchAsync(browser, _child.Id);

        await GetAsync(browser, $"/api/v1/panel/{session}");
        var afterPanel = _factory.Cms.RelationshipReads;
        await GetAsync(browser, $"/api/v1/panel/{session}/people/{_mother.Id}/services/police");
        await GetAsync(browser, $"/panel/{session}/people/{_father.Id}/services/police");
        var afterDetails = _factory.Cms.RelationshipReads;
        await GetAsync(browser, $"/api/v1/panel/{session}");

        Assert.Equal((1, 1, 2), (afterPanel, afterDetails, _factory.Cms.RelationshipReads));
    }

    [Fact]
    public async Task The_print_view_and_the_note_read_the_family_once_each_whatever_its_size()
    {
        await LoadAsync();
        using var browser = _factory.Browser();
        var session = await _factory.LaunchAsync(browser, _child.Id);

        var print = WebUtility.HtmlDecode(await GetAsync(browser, $"/panel/{session}/print"));
        var afterPrint = _factory.Cms.RelationshipReads;
        await GetAsync(browser, $"/panel/{session}/note");

        Assert.Contains("2 of 3 people are known to a service", print, StringComparison.Ordinal);
        Assert.Equal((1, 2), (afterPrint, _factory.Cms.RelationshipReads));
    }

    [Fact]
    public async Task Once_the_family_is_no_longer_kept_a_detail_asks_the_CMS_and_a_person_no_longer_linked_is_refused()
    {
        await LoadAsync();
        using var browser = _factory.Browser();
        var session = await _factory.LaunchAsync(browser, _child.Id);
        await GetAsync(browser, $"/api/v1/panel/{session}");
        _factory.Cms.Unlink(_child.Id, _father.Id);

        using var kept = await browser.GetAsync(new Uri($"/api/v1/panel/{session}/people/{_father.Id}/services/police", UriKind.Relative));
        _factory.Time.Advance(TimeSpan.FromMinutes(2) + TimeSpan.FromSeconds(1));
        using var readAgain = await browser.GetAsync(new Uri($"/api/v1/panel/{session}/people/{_father.Id}/services/police", UriKind.Relative));

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Forbidden), (kept.StatusCode, readAgain.StatusCode));
        Assert.Equal(2, _factory.Cms.RelationshipReads);
    }

    [Fact]
    public async Task With_the_family_kept_for_no_time_every_detail_reads_the_CMS()
    {
        _factory.Settings["FamilyContext:Panel:FamilyKeptFor"] = "00:00:00";
        await LoadAsync();
        using var browser = _factory.Browser();
        var session = await _factory.LaunchAsync(browser, _child.Id);

        await GetAsync(browser, $"/api/v1/panel/{session}");
        await GetAsync(browser, $"/api/v1/panel/{session}/people/{_mother.Id}/services/police");

        Assert.Equal(2, _factory.Cms.RelationshipReads);
    }

    [Theory]
    [InlineData("00:15:01")]
    [InlineData("-00:00:01")]
    public void A_family_kept_too_long_or_for_less_than_no_time_stops_start_up_naming_the_setting(string value)
    {
        _factory.Settings["FamilyContext:Panel:FamilyKeptFor"] = value;

        Assert.Contains("FamilyContext:Panel:FamilyKeptFor must be between 00:00:00 and 00:15:00", _factory.StartUpFailure().ToString(), StringComparison.Ordinal);
    }

    public void Dispose() => _factory.Dispose();

    private async Task LoadAsync() =>
        await _factory.Store.LoadAsync("police", _factory.Time.GetUtcNow(),
            People.Record("police", "P64A", People.AsRecorded(_mother)), People.Record("police", "P64B", People.AsRecorded(_father)));

    private static async Task<string> GetAsync(HttpClient browser, string path)
    {
        using var response = await browser.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }
}
