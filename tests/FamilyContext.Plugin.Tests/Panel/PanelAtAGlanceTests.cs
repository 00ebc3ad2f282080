using System.Net;
using System.Text.RegularExpressions;
using FamilyContext.Plugin.Abstractions;
using FamilyContext.Plugin.Audit;
using FamilyContext.Plugin.Demo;
using FamilyContext.Plugin.Lookup;
using FamilyContext.Plugin.Store;
using FamilyContext.Plugin.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyContext.Plugin.Tests.Panel;

/// <summary>The closed view's HTML at a glance: the family summary, the table of people and services, the key, and what changed.</summary>
public sealed partial class PanelAtAGlanceTests : IDisposable
{
    private readonly PluginFactory _factory;
    private readonly ScriptedSource _source;
    private readonly CmsPerson _child;

    public PanelAtAGlanceTests()
    {
        ScriptedSource? source = null;
        _factory = new PluginFactory
        {
            ConfigureServices = services => services.AddKeyedSingleton<IInvolvementSource>(SourceKinds.Local, (sp, _) =>
                source = new ScriptedSource(sp.GetRequiredService<IRecordStore>())),
        };
        _child = _factory.Cms.Add(People.Person("500001", "Ava", "Testwell", _factory.Today.AddYears(-8).AddDays(-30)));
        _ = _factory.Services;
        _source = _factory.Services.GetRequiredKeyedService<IInvolvementSource>(SourceKinds.Local) as ScriptedSource ?? source!;
    }

    private DateTimeOffset Now => _factory.Time.GetUtcNow();

    private CmsPerson Adult(string id, string first, int years, string wording = "Mother : Daughter")
    {
        var person = People.Person(id, first, "Testwell", _factory.Today.AddYears(-years).AddDays(-10));
        _factory.Cms.Link(_child.Id, person, RelationshipType.Parent, wording);
        return person;
    }

    private async Task<string> PanelHtmlAsync(HttpClient? browser = null)
    {
        using var own = browser is null ? _factory.Browser() : null;
        var client = browser ?? own!;
        var session = await _factory.LaunchAsync(client, _child.Id);
        var response = await client.GetAsync(new Uri($"/panel/{session}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>The page's words as a reader meets them: tags gone, entities decoded, spaces collapsed.</summary>
    private static string Text(string html) =>
        Spaces().Replace(WebUtility.HtmlDecode(Tags().Replace(html, " ")), " ");

    private static string Section(string html, string marker, string end)
    {
        var start = html.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{marker}' not found");
        var stop = html.IndexOf(end, start, StringComparison.Ordinal);
        return html[start..(stop < 0 ? html.Length : stop)];
    }

    [Fact]
    public async Task The_summary_names_who_is_known_to_which_service_before_anything_else()
    {
        var mother = Adult("500002", "Jess", 33);
        Adult("500003", "Dan", 35, "Father : Daughter");
        await _factory.Store.LoadAsync("police", Now, People.Record("police", "P1", People.AsRecorded(mother)));
        await _factory.Store.LoadAsync("housing", Now, People.Record("housing", "H1", People.AsRecorded(mother), Involvement.Historic));

        var html = await PanelHtmlAsync();

        var summary = Text(Section(html, "data-summary", "fc-wide-only"));
        Assert.Contains("1 of 3 people is known to a service", summary, StringComparison.Ordinal);
        Assert.Matches(@"Jess Testwell \S+ (Housing \(historic\), Police|Police, Housing \(historic\))", summary);
        Assert.DoesNotContain("Dan Testwell", summary, StringComparison.Ordinal);
        Assert.True(html.IndexOf("data-summary", StringComparison.Ordinal) < html.IndexOf("<table", StringComparison.Ordinal), "the summary comes before the table");
    }

    [Fact]
    public async Task An_unavailable_source_is_named_in_the_summary_with_when_it_last_answered_and_who_to_contact()
    {
        Adult("500002", "Jess", 33);
        _source.Failing.Add("police");

        var html = await PanelHtmlAsync();

        var summary = Text(Section(html, "data-summary", "fc-wide-only"));
        Assert.Contains("No one is known to the services that could be checked (2 people checked)", summary, StringComparison.Ordinal);
        Assert.Contains("1 service could not be checked. Unavailable does not mean there is no record.", summary, StringComparison.Ordinal);
        Assert.Contains("Police is unavailable.", summary, StringComparison.Ordinal);
        Assert.Contains("Contact the police public protection unit on 0161 496 0300.", summary, StringComparison.Ordinal);
        Assert.Contains("Not checked successfully since Family Context last started.", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_closed_view_is_a_table_with_a_row_header_per_person_and_a_column_header_per_service()
    {
        var mother = Adult("500002", "Jess", 33);
        await _factory.Store.LoadAsync("police", Now, People.Record("police", "P1", People.AsRecorded(mother)));

        var html = await PanelHtmlAsync();

        var table = Section(html, "<table", "</table>");
        foreach (var service in new[] { "Police", "School", "Housing", "Adult Social Care" })
        {
            Assert.Matches($"<th scope=\"col\" class=\"govuk-table__header\">{service}</th>", table);
        }

        Assert.Matches(@"<th scope=""row"" class=""govuk-table__header"">\s*Ava Testwell", table);
        Assert.Matches(@"<th scope=""row"" class=""govuk-table__header"">\s*Jess Testwell", table);
        Assert.Contains("<caption", table, StringComparison.Ordinal);
        var motherRow = Section(table, $"data-person=\"{mother.Id}\"", "</tr>");
        Assert.Contains("data-flag=\"police\">Current</strong>", motherRow, StringComparison.Ordinal);
        Assert.Contains($"href=\"/panel/", motherRow, StringComparison.Ordinal);
        Assert.Contains("View details<span class=\"govuk-visually-hidden\"> of Police for Jess Testwell</span>", motherRow, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_key_explains_each_service_once_with_its_age_rule_and_what_No_record_covers()
    {
        Adult("500002", "Jess", 33);
        await _factory.Store.LoadAsync("police", Now);

        var html = await PanelHtmlAsync();

        var key = Text(Section(html, "data-key=\"police\"", "</ul>"));
        Assert.Contains("No record: No conviction in 5 years or suspect record in 1 year.", key, StringComparison.Ordinal);
        Assert.Contains("Not checked: Police records are shown for people aged 18 and over.", key, StringComparison.Ordinal);
        var wide = Section(html, "fc-wide-only", "fc-narrow-only");
        Assert.Single(Regex.Matches(wide, "Police records are shown for people aged 18 and over"));
    }

    [Fact]
    public async Task A_first_look_marks_no_changes()
    {
        var mother = Adult("500002", "Jess", 33);
        await _factory.Store.LoadAsync("police", Now, People.Record("police", "P1", People.AsRecorded(mother)));

        var html = await PanelHtmlAsync();

        Assert.DoesNotContain("since you last looked", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_flag_that_a_new_extract_changed_is_marked_when_the_worker_opens_the_panel_again()
    {
        var mother = Adult("500002", "Jess", 33);
        var father = Adult("500003", "Dan", 35, "Father : Daughter");
        await _factory.Store.LoadAsync("police", Now, People.Record("police", "P2", People.AsRecorded(father)));
        using var browser = _factory.Browser();
        await PanelHtmlAsync(browser);

        _factory.Time.Advance(TimeSpan.FromHours(2));
        await _factory.Store.LoadAsync("police", Now,
            People.Record("police", "P1", People.AsRecorded(mother)),
            People.Record("police", "P2", People.AsRecorded(father), Involvement.Historic));
        var html = await PanelHtmlAsync(browser);

        Assert.Contains("2 changes since you last looked", Text(html), StringComparison.Ordinal);
        var table = Section(html, "<table", "</table>");
        Assert.Contains("New since you last looked (was No record)", Text(Section(table, $"data-person=\"{mother.Id}\"", "</tr>")), StringComparison.Ordinal);
        Assert.Contains("Ended since you last looked (was Current)", Text(Section(table, $"data-person=\"{father.Id}\"", "</tr>")), StringComparison.Ordinal);
        Assert.DoesNotContain("since you last looked", Text(Section(table, $"data-person=\"{_child.Id}\"", "</tr>")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_source_that_has_since_failed_is_marked_newly_unavailable_and_an_unchanged_panel_says_so()
    {
        var mother = Adult("500002", "Jess", 33);
        await _factory.Store.LoadAsync("police", Now, People.Record("police", "P1", People.AsRecorded(mother)));
        using var browser = _factory.Browser();
        await PanelHtmlAsync(browser);
        var unchanged = await PanelHtmlAsync(browser);

        _source.Failing.Add("police");
        await _factory.Store.LoadAsync("police", Now);
        var html = await PanelHtmlAsync(browser);

        Assert.Contains("No changes since you last looked", Text(unchanged), StringComparison.Ordinal);
        Assert.Contains("Newly unavailable (was Current)", Text(Section(html, $"data-person=\"{mother.Id}\"", "</tr>")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_workers_look_does_not_count_as_this_workers_last_look()
    {
        var mother = Adult("500002", "Jess", 33);
        using (var other = _factory.Browser())
        {
            var session = await _factory.LaunchAsync(other, _child.Id, "worker-2");
            await other.GetStringAsync(new Uri($"/panel/{session}", UriKind.Relative));
        }

        await _factory.Store.LoadAsync("police", Now, People.Record("police", "P1", People.AsRecorded(mother)));
        var html = await PanelHtmlAsync();

        Assert.DoesNotContain("since you last looked", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_later_look_at_the_same_child_in_another_system_does_not_count_as_this_systems_last_look()
    {
        var mother = Adult("500002", "Jess", 33);
        using var browser = _factory.Browser();
        await PanelHtmlAsync(browser);
        // The same worker and child id in another CMS: its record is the newest, yet only this system's last look counts.
        await _factory.Services.GetRequiredService<AuditTrail>().RecordAsync(new AuditEntry(AuditActions.PanelShown, AuditOutcomes.Allowed,
            DemoCmsAdapter.SocialWorker, "mosaic", _child.Id, null, null, "another-session", $"[{{\"person\":\"{mother.Id}\",\"flags\":{{\"police\":\"Current\"}}}}]"),
            CancellationToken.None);

        await _factory.Store.LoadAsync("police", Now, People.Record("police", "P1", People.AsRecorded(mother)));
        var html = await PanelHtmlAsync(browser);

        Assert.Contains("New since you last looked (was No record)", Text(Section(html, $"data-person=\"{mother.Id}\"", "</tr>")), StringComparison.Ordinal);
    }

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    public void Dispose() => _factory.Dispose();
}
