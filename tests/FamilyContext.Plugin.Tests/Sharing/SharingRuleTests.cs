using System.Net;
using System.Text.Json.Nodes;
using FamilyContext.Plugin.Abstractions;
using FamilyContext.Plugin.Audit;
using FamilyContext.Plugin.Demo;
using FamilyContext.Plugin.Panel;
using FamilyContext.Plugin.Sharing;
using FamilyContext.Plugin.Store;
using FamilyContext.Plugin.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyContext.Plugin.Tests.Sharing;

/// <summary>
/// Per-service sharing rules, tested like access rules: a worker outside the rule's groups is told honestly that the service is
/// not shared with their team (never "No record"), every refused detail is audited and alerted, a reason is asked for and
/// recorded where the rule says so, and a change applies at once, to panels already open.
/// </summary>
public sealed class SharingRuleTests : IDisposable
{
    private const string Ask = "the Police data protection officer, 0161 496 0000";
    private readonly PluginFactory _factory = new();
    private readonly CmsPerson _child;
    private readonly CmsPerson _mother;

    public SharingRuleTests()
    {
        _child = _factory.Cms.Add(People.Person("610001", "Ava", "Sharewell", _factory.Today.AddYears(-8)));
        _mother = People.Person("610002", "Jess", "Sharewell", _factory.Today.AddYears(-33));
        _factory.Cms.Link(_child.Id, _mother, RelationshipType.Parent, "Mother : Daughter");
    }

    [Fact]
    public async Task A_worker_outside_the_groups_sees_not_shared_with_whom_to_ask_and_nothing_of_the_police_record()
    {
        await LoadPoliceRecordAsync();
        await AddRuleAsync("police-liaison");
        using var browser = _factory.Browser();
        var session = await LaunchAsync(browser, "sw-61");

        var html = WebUtility.HtmlDecode(await browser.GetStringAsync(new Uri($"/panel/{session}", UriKind.Relative)));
        var json = JsonNode.Parse(await browser.GetStringAsync(new Uri($"/api/v1/panel/{session}", UriKind.Relative)))!;

        Assert.Contains($"Not shared with your team — ask {Ask}", html, StringComparison.Ordinal);
        var motherPolice = json["people"]!.AsArray().Single(p => (string?)p!["personId"] == _mother.Id)!["flags"]!.AsArray().Single(f => (string?)f!["serviceId"] == "police")!;
        Assert.Equal("NotShared", (string?)motherPolice["state"]);
        Assert.Null(motherPolice["evidence"]);
        Assert.Null(motherPolice["currentAsOf"]);
        Assert.DoesNotContain("/services/police", html, StringComparison.Ordinal);
        Assert.DoesNotContain("1 of 2 people is known", html, StringComparison.Ordinal);
        Assert.Contains(await _factory.AuditAsync(), r => r.Action == AuditActions.PanelShown && r.Detail!.Contains("\"police\":\"NotShared\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_worker_in_one_of_the_groups_sees_the_police_record_as_before()
    {
        await LoadPoliceRecordAsync();
        await AddRuleAsync("mash, police-liaison");
        using var browser = _factory.Browser();
        var session = await LaunchAsync(browser, "sw-62", "police-liaison");

        var html = await browser.GetStringAsync(new Uri($"/panel/{session}", UriKind.Relative));
        var detail = await browser.GetAsync(new Uri($"/panel/{session}/people/{_mother.Id}/services/police", UriKind.Relative));

        Assert.DoesNotContain("Not shared with your team", html, StringComparison.Ordinal);
        Assert.Contains("1 of 2 people is known to a service", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, detail.StatusCode);
        Assert.Contains("Sam Officer", await detail.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_detail_says_whom_to_ask_and_is_audited_and_alerted_naming_the_rule()
    {
        await LoadPoliceRecordAsync();
        var rule = await AddRuleAsync("police-liaison");
        using var browser = _factory.Browser();
        var session = await LaunchAsync(browser, "sw-63");

        var page = await browser.GetAsync(new Uri($"/panel/{session}/people/{_mother.Id}/services/police", UriKind.Relative));
        var api = await browser.GetAsync(new Uri($"/api/v1/panel/{session}/people/{_mother.Id}/services/police", UriKind.Relative));
        var html = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (page.StatusCode, api.StatusCode));
        Assert.Contains($"Not shared with your team — ask {Ask}", html, StringComparison.Ordinal);
        Assert.DoesNotContain("No record", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Sam Officer", html + await api.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var refusals = (await _factory.AuditAsync()).Where(r => r.Action == AuditActions.AccessDenied).ToList();
        Assert.Equal(2, refusals.Count);
        Assert.All(refusals, r =>
        {
            Assert.True(r.Alert);
            Assert.Equal(("sw-63", _mother.Id, "police"), (r.Actor, r.PersonId, r.ServiceId));
            Assert.Equal($"sharing rule {rule.Id}: police shared only with groups police-liaison", r.Detail);
        });
        Assert.DoesNotContain(await _factory.AuditAsync(), r => r.Action == AuditActions.DetailOpened);
    }

    [Fact]
    public async Task A_rule_added_while_a_panel_is_open_applies_at_the_next_request_and_removing_it_restores_the_flag()
    {
        await LoadPoliceRecordAsync();
        using var browser = _factory.Browser();
        var session = await LaunchAsync(browser, "sw-64");
        var before = await browser.GetStringAsync(new Uri($"/panel/{session}", UriKind.Relative));

        var rule = await AddRuleAsync("police-liaison");
        var during = await browser.GetStringAsync(new Uri($"/panel/{session}", UriKind.Relative));
        await _factory.Services.GetRequiredService<ISharingRuleStore>().RemoveAsync(rule.Id, CancellationToken.None);
        var after = WebUtility.HtmlDecode(await browser.GetStringAsync(new Uri($"/panel/{session}", UriKind.Relative)));

        Assert.DoesNotContain("Not shared with your team", before, StringComparison.Ordinal);
        Assert.Contains("Not shared with your team", during, StringComparison.Ordinal);
        // Only the change mark remembers it: "Changed since you last looked (was Not shared with your team)".
        Assert.DoesNotContain("Not shared with your team — ask", after, StringComparison.Ordinal);
        Assert.DoesNotContain("data-flag=\"police\">Not shared", after, StringComparison.Ordinal);
        Assert.Contains("1 of 2 people is known to a service", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rule_asking_for_a_reason_opens_the_details_only_with_one_and_records_it()
    {
        await LoadPoliceRecordAsync();
        await AddRuleAsync("", reason: true);
        using var browser = _factory.Browser();
        var session = await LaunchAsync(browser, "sw-65");
        var detailPath = $"/panel/{session}/people/{_mother.Id}/services/police";

        var closed = await browser.GetStringAsync(new Uri($"/panel/{session}", UriKind.Relative));
        var asked = await browser.GetAsync(new Uri(detailPath, UriKind.Relative));
        var empty = await browser.SubmitAsync(detailPath, detailPath, ("reason", "  "));
        var opened = await browser.SubmitAsync(detailPath, detailPath, ("reason", "Section 47 enquiry started today"));

        Assert.Contains("Details open once you give a reason", closed, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        var question = await asked.Content.ReadAsStringAsync();
        Assert.Contains("Why do you need these Police details?", question, StringComparison.Ordinal);
        Assert.DoesNotContain("Sam Officer", question, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("<a href=\"#reason\">Enter why you need these details", await empty.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        Assert.Contains("Sam Officer", await opened.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var detail = Assert.Single(await _factory.AuditAsync(), r => r.Action == AuditActions.DetailOpened);
        Assert.Equal("Section 47 enquiry started today", (string?)JsonNode.Parse(detail.Detail!)!["reason"]);
    }

    [Fact]
    public async Task The_API_opens_a_detail_asking_for_a_reason_only_with_the_reason_header()
    {
        await LoadPoliceRecordAsync();
        await AddRuleAsync("", reason: true);
        using var browser = _factory.Browser();
        var session = await LaunchAsync(browser, "sw-66");
        var path = new Uri($"/api/v1/panel/{session}/people/{_mother.Id}/services/police", UriKind.Relative);

        var without = await browser.GetAsync(path);
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add(SharingFailures.ReasonHeader, "Strategy meeting");
        var with = await browser.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, without.StatusCode);
        Assert.Contains(SharingFailures.ReasonHeader, await without.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, with.StatusCode);
        Assert.Contains("Sam Officer", await with.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_case_note_names_the_service_not_shared_and_gives_none_of_its_contacts()
    {
        await LoadPoliceRecordAsync();
        await AddRuleAsync("police-liaison");
        using var browser = _factory.Browser();
        var session = await LaunchAsync(browser, "sw-67");

        var note = await browser.GetStringAsync(new Uri($"/panel/{session}/note", UriKind.Relative));

        Assert.Contains($"- Police: Not shared with your team — ask {Ask}.", WebUtility.HtmlDecode(note), StringComparison.Ordinal);
        Assert.DoesNotContain("Sam Officer", note, StringComparison.Ordinal);
    }

    private async Task<SharingRule> AddRuleAsync(string groups, bool reason = false) =>
        await _factory.Services.GetRequiredService<ISharingRuleStore>().AddAsync(
            new SharingRule(0, "police", groups, reason, groups.Length > 0 ? Ask : null, null, "ig-60", _factory.Time.GetUtcNow()), CancellationToken.None);

    private Task LoadPoliceRecordAsync() =>
        _factory.Store.LoadAsync("police", _factory.Time.GetUtcNow(), People.Record("police", "P61", People.AsRecorded(_mother),
            practitioner: new Practitioner("Sam Officer", "Public protection officer", "Test Police", "0161 496 0555", "sam.officer@example.org"),
            details: new JsonObject { ["policeArea"] = "Test area", ["safeGuardingOffences"] = new JsonArray(), ["nonSafeGuardingOffences"] = "No" }));

    private Task<string> LaunchAsync(HttpClient browser, string worker, params string[] groups) =>
        _factory.LaunchAsync(browser, _child.Id, worker, [DemoLaunchKey.WorkersGroup, .. groups]);

    public void Dispose() => _factory.Dispose();
}
