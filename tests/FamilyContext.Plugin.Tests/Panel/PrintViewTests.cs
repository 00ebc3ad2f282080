using System.Net;
using FamilyContext.Plugin.Abstractions;
using FamilyContext.Plugin.Access;
using FamilyContext.Plugin.Audit;
using FamilyContext.Plugin.Store;
using FamilyContext.Plugin.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyContext.Plugin.Tests.Panel;

/// <summary>The print view for the assessment meeting, and the council's guidance on appropriate use shown on the panel.</summary>
public sealed class PrintViewTests : IDisposable
{
    private readonly PluginFactory _factory = new();
    private readonly CmsPerson _child;
    private readonly CmsPerson _mother;

    public PrintViewTests()
    {
        _child = _factory.Cms.Add(People.Person("630001", "Ava", "Printwell", _factory.Today.AddYears(-8)));
        _mother = People.Person("630002", "Jess", "Printwell", _factory.Today.AddYears(-33));
        _factory.Cms.Link(_child.Id, _mother, RelationshipType.Parent, "Mother : Daughter");
    }

    [Fact]
    public async Task The_print_view_has_the_summary_the_table_and_each_practitioner_to_contact_and_opening_it_is_audited()
    {
        await _factory.Store.LoadAsync("housing", _factory.Time.GetUtcNow(), People.Record("housing", "H63", People.AsRecorded(_mother),
            practitioner: new Practitioner("Robin Officer", "Housing officer", "Test Homes", "0161 496 0777", "robin.officer@example.org")));
        using var browser = _factory.Browser();
        var session = await _factory.LaunchAsync(browser, _child.Id);

        var panel = await browser.GetStringAsync(new Uri($"/panel/{session}", UriKind.Relative));
        var response = await browser.GetAsync(new Uri($"/panel/{session}/print", UriKind.Relative));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Contains($"href=\"/panel/{session}/print\"", panel, StringComparison.Ordinal);
        Assert.DoesNotContain("Robin Officer", panel, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("1 of 2 people is known to a service", html, StringComparison.Ordinal);
        Assert.Contains("<caption class=\"govuk-table__caption govuk-table__caption--m\" id=\"fc-table-caption\">Each person and service</caption>", html, StringComparison.Ordinal);
        Assert.Contains("Who to contact", html, StringComparison.Ordinal);
        Assert.Contains("Robin Officer, Housing officer, Test Homes, 0161 496 0777, robin.officer@example.org", html, StringComparison.Ordinal);
        var record = Assert.Single(await _factory.AuditAsync(), r => r.Action == AuditActions.PrintViewOpened);
        Assert.Equal((Plugin.Demo.DemoCmsAdapter.SocialWorker, _child.Id), (record.Actor, record.ChildId));
        Assert.Contains("H63", record.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain("Robin", record.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_worker_denied_after_opening_the_panel_gets_no_print_view_and_the_refusal_is_audited()
    {
        using var browser = _factory.Browser();
        var session = await _factory.LaunchAsync(browser, _child.Id, "outsider-63");
        await _factory.Services.GetRequiredService<IAccessRuleStore>().AddAsync(AccessSubjectKind.User, "outsider-63", AccessEffect.Deny, null, "mgr", _factory.Time.GetUtcNow(), CancellationToken.None);

        var response = await browser.GetAsync(new Uri($"/panel/{session}/print", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains(await _factory.AuditAsync(), r => r.Action == AuditActions.AccessDenied && r.Actor == "outsider-63" && r.Alert);
        Assert.DoesNotContain(await _factory.AuditAsync(), r => r.Action == AuditActions.PrintViewOpened);
    }

    [Fact]
    public async Task The_panel_shows_the_councils_guidance_on_appropriate_use_with_its_link()
    {
        _factory.Settings["FamilyContext:Panel:Guidance"] = "Use Family Context only for children on your caseload.";
        _factory.Settings["FamilyContext:Panel:GuidanceLink"] = "https://intranet.example.org/family-context-guidance";
        using var browser = _factory.Browser();
        var session = await _factory.LaunchAsync(browser, _child.Id);

        var html = await browser.GetStringAsync(new Uri($"/panel/{session}", UriKind.Relative));

        Assert.Contains("Use Family Context only for children on your caseload.", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://intranet.example.org/family-context-guidance\"", html, StringComparison.Ordinal);
        Assert.Contains("Read the guidance on appropriate use (opens in new tab)", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GuidanceLink", "javascript:alert(1)", "FamilyContext:Panel:GuidanceLink must be an https address or a path starting with /")]
    [InlineData("GuidanceLink", "//elsewhere.example.org/x", "FamilyContext:Panel:GuidanceLink must be an https address or a path starting with /")]
    [InlineData("GuidanceLinkText", "", "FamilyContext:Panel:GuidanceLinkText is required with a GuidanceLink")]
    public void A_bad_guidance_setting_stops_start_up_naming_it(string key, string value, string message)
    {
        _factory.Settings["FamilyContext:Panel:GuidanceLink"] = "/guidance";
        _factory.Settings[$"FamilyContext:Panel:{key}"] = value;

        Assert.Contains(message, _factory.StartUpFailure().ToString(), StringComparison.Ordinal);
    }

    public void Dispose() => _factory.Dispose();
}
