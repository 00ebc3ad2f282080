using System.Net;
using System.Text.Json;
using FamilyContext.Plugin.Abstractions;
using FamilyContext.Plugin.Store;
using FamilyContext.Plugin.Tests.Support;

namespace FamilyContext.Plugin.Tests.Panel;

public sealed class PanelApiTests : IDisposable
{
    private readonly PluginFactory _factory = new();

    [Fact]
    public async Task A_child_with_a_current_police_record_for_a_parent_shows_Current_for_that_parent()
    {
        var child = _factory.Cms.Add(People.Person("500001", "Ava", "Testwell", _factory.Today.AddYears(-8)));
        var mother = People.Person("500002", "Jess", "Testwell", _factory.Today.AddYears(-33));
        _factory.Cms.Link(child.Id, mother, RelationshipType.Parent, "Mother : Daughter");
        using var browser = _factory.Browser();
        await _factory.Store.LoadAsync("police", _factory.Time.GetUtcNow(), People.Record("police", "P1", People.AsRecorded(mother)));

        var session = await _factory.LaunchAsync(browser, child.Id);
        using var panel = JsonDocument.Parse(await browser.GetStringAsync(new Uri($"/api/v1/panel/{session}", UriKind.Relative)));

        var people = panel.RootElement.GetProperty("people");
        Assert.Equal("500001", people[0].GetProperty("personId").GetString());
        Assert.Equal("Current", Flag(people[1], "police"));
    }

    private static string? Flag(JsonElement person, string service) =>
        person.GetProperty("flags").EnumerateArray().Single(f => f.GetProperty("serviceId").GetString() == service).GetProperty("state").GetString();

    public void Dispose() => _factory.Dispose();
}
