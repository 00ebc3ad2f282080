using System.Net;
using FamilyContext.Plugin.Abstractions;
using FamilyContext.Plugin.Audit;
using FamilyContext.Plugin.Lookup;
using FamilyContext.Plugin.Store;
using FamilyContext.Plugin.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyContext.Plugin.Tests.Panel;

/// <summary>The note for the case record: plain text a worker copies into the case notes; opening it is audited.</summary>
public sealed class CaseNoteTests : IDisposable
{
    private readonly PluginFactory _factory;
    private readonly ScriptedSource _source;
    private readonly CmsPerson _child;
    private readonly CmsPerson _mother;
    private readonly CmsPerson _father;

    public CaseNoteTests()
    {
        ScriptedSource? source = null;
        _factory = new PluginFactory
        {
            ConfigureServices = services => services.AddKeyedSingleton<IInvolvementSource>(SourceKinds.Local, (sp, _) =>
                source = new ScriptedSource(sp.GetRequiredService<IRecordStore>())),
        };
        _child = _factory.Cms.Add(People.Person("500001", "Ava", "Testwell", _factory.Today.AddYears(-8).AddDays(-30)));
        _mother = People.Person("500002", "Jess", "Testwell", _factory.Today.AddYears(-33));
        _father = People.Person("500003", "Dan", "Testwell", _factory.Today.AddYears(-35));
        _factory.Cms.Link(_child.Id, _mother, RelationshipType.Parent, "Mother : Daughter");
        _factory.Cms.Link(_child.Id, _father, RelationshipType.Parent, "Father : Daughter");
        _ = _factory.Services;
        _source = _factory.Services.GetRequiredKeyedService<IInvolvementSource>(SourceKinds.Local) as ScriptedSource ?? source!;
    }

    private async Task<(string Session, HttpResponseMessage Response)> NoteAsync()
    {
        var browser = _factory.Browser();
        var session = await _factory.LaunchAsync(browser, _child.Id);
        return (session, await browser.GetAsync(new Uri($"/panel/{session}/note", UriKind.Relative)));
    }

    /// <summary>The note as it would be pasted: the text area's content, decoded.</summary>
    private static string NoteText(string html)
    {
        var start = html.IndexOf('>', html.IndexOf("<textarea", StringComparison.Ordinal)) + 1;
        return WebUtility.HtmlDecode(html[start..html.IndexOf("</textarea>", start, StringComparison.Ordinal)]);
    }

    [Fact]
    public async Task The_note_says_who_is_known_to_which_service_with_the_practitioner_to_contact_and_when_it_was_checked()
    {
        await _factory.Store.LoadAsync("police", _factory.Time.GetUtcNow(), People.Record("police", "P1", People.AsRecorded(_mother),
            practitioner: new Practitioner("Sam Officer", "Public protection officer", "Test Police", "0161 496 0555", "sam.officer@example.org")));

        var (_, response) = await NoteAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var note = NoteText(await response.Content.ReadAsStringAsync());
        Assert.StartsWith("Family Context check for Ava Testwell, ", note, StringComparison.Ordinal);
        Assert.Contains("1 of 3 people is known to a service.", note, StringComparison.Ordinal);
        Assert.Contains("Jess Testwell (Parent)\n- Police: Current\n  Contact: Sam Officer, Public protection officer, Test Police, 0161 496 0555, sam.officer@example.org", note, StringComparison.Ordinal);
        Assert.Contains("Not known to the services that could be checked: Ava Testwell, Dan Testwell.", note, StringComparison.Ordinal);
        Assert.DoesNotContain("<", note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_note_names_an_unavailable_source_with_its_contact_and_never_calls_it_no_record()
    {
        _source.Failing.Add("police");

        var (_, response) = await NoteAsync();

        var note = NoteText(await response.Content.ReadAsStringAsync());
        Assert.Contains("Could not be checked (Unavailable does not mean there is no record):\n- Police: not checked successfully since Family Context last started. Contact the police public protection unit on 0161 496 0300.", note, StringComparison.Ordinal);
        Assert.Contains("Not known to the services that could be checked", note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Opening_the_note_is_audited_with_the_records_whose_contacts_it_gives()
    {
        await _factory.Store.LoadAsync("police", _factory.Time.GetUtcNow(), People.Record("police", "P1", People.AsRecorded(_mother)));

        var (session, _) = await NoteAsync();

        var audit = await _factory.AuditAsync();
        var record = Assert.Single(audit, r => r.Action == AuditActions.CaseNoteOpened);
        Assert.Equal(session, record.SessionId);
        Assert.Equal(_child.Id, record.ChildId);
        Assert.Contains("\"records\":[\"P1\"]", record.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain("Jess", record.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_panel_links_to_the_note_and_the_note_is_selectable_text_with_a_copy_button_for_script()
    {
        using var browser = _factory.Browser();
        var session = await _factory.LaunchAsync(browser, _child.Id);

        var panel = await browser.GetStringAsync(new Uri($"/panel/{session}", UriKind.Relative));
        var note = await browser.GetStringAsync(new Uri($"/panel/{session}/note", UriKind.Relative));

        Assert.Contains($"href=\"/panel/{session}/note\"", panel, StringComparison.Ordinal);
        Assert.Contains("<label class=\"govuk-label govuk-label--s\" for=\"case-note\">", note, StringComparison.Ordinal);
        Assert.Contains("readonly", note, StringComparison.Ordinal);
        Assert.Contains("data-copy-from=\"case-note\"", note, StringComparison.Ordinal);
    }

    public void Dispose() => _factory.Dispose();
}
