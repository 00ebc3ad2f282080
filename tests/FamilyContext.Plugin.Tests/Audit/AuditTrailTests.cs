using System.Net;
using FamilyContext.Plugin.Abstractions;
using FamilyContext.Plugin.Audit;
using FamilyContext.Plugin.Commands;
using FamilyContext.Plugin.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyContext.Plugin.Tests.Audit;

/// <summary>The audit trail in the service: what a panel session records, concurrent requests, and failing closed. The store itself: <see cref="AuditStoreContractTests"/>.</summary>
public sealed class AuditTrailTests : IDisposable
{
    private const string ChildId = "730001";
    private const string MotherId = "730002";
    private readonly PluginFactory _factory = new();

    public AuditTrailTests()
    {
        var child = _factory.Cms.Add(People.Person(ChildId, "Ivy", "Audittest", new DateOnly(2019, 5, 5)));
        _factory.Cms.Link(child.Id, People.Person(MotherId, "Hazel", "Audittest", new DateOnly(1990, 1, 1)), RelationshipType.Parent, "Mother : Daughter");
    }

    [Fact]
    public void A_service_starting_on_an_empty_trail_warns_that_a_new_chain_starts_there_and_which_setting_to_check()
    {
        _ = _factory.Services;

        Assert.Contains(_factory.Logs.GetSnapshot(), r => r.Message.Contains("The audit trail is empty, so a new chain starts here", StringComparison.Ordinal)
            && r.Message.Contains("FamilyContext:Audit:ConnectionString", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_panel_and_a_detail_are_recorded_with_who_when_which_child_person_service_and_session()
    {
        using var browser = _factory.Browser();
        var session = await _factory.LaunchAsync(browser, ChildId);

        await browser.GetStringAsync(new Uri($"/panel/{session}", UriKind.Relative));
        await browser.GetStringAsync(new Uri($"/panel/{session}/people/{MotherId}/services/police", UriKind.Relative));

        var audit = await _factory.AuditAsync();
        var panel = Assert.Single(audit, r => r.Action == AuditActions.PanelShown);
        Assert.Equal(("demo-social-worker", "demo", ChildId, session, _factory.Time.GetUtcNow()), (panel.Actor, panel.Cms, panel.ChildId, panel.SessionId, panel.At));
        Assert.Contains($"\"person\":\"{MotherId}\"", panel.Detail, StringComparison.Ordinal);
        Assert.Contains("\"police\":\"NoRecord\"", panel.Detail, StringComparison.Ordinal);
        var detail = Assert.Single(audit, r => r.Action == AuditActions.DetailOpened);
        Assert.Equal((ChildId, MotherId, "police", session), (detail.ChildId, detail.PersonId, detail.ServiceId, detail.SessionId));
        Assert.DoesNotContain(audit, r => (r.Detail ?? "").Contains("Hazel", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Appends_from_many_requests_at_once_keep_one_unbroken_chain()
    {
        var trail = _factory.Services.GetRequiredService<AuditTrail>();

        await Task.WhenAll(Enumerable.Range(0, 50).Select(i => trail.RecordAsync(new AuditEntry("test", AuditOutcomes.Allowed, $"w{i}"), CancellationToken.None)));

        var records = await _factory.AuditAsync();
        Assert.Equal(Enumerable.Range(1, 50).Select(i => (long)i), records.Select(r => r.Sequence).Order());
        Assert.Equal(AuditCommands.Intact, (await VerifyAsync()).Exit);
    }

    [Fact]
    public async Task When_the_audit_record_cannot_be_written_nothing_is_shown_and_the_worker_is_told()
    {
        var store = new FailingAuditStore();
        using var failing = new PluginFactory { ConfigureServices = s => s.AddSingleton<IAuditStore>(store) };
        failing.Cms.Add(People.Person(ChildId, "Ivy", "Audittest", new DateOnly(2019, 5, 5)));
        using var browser = failing.Browser();
        var session = await failing.LaunchAsync(browser, ChildId); // the launch itself is recorded; then the store fails
        store.Failing = true;

        var page = await browser.GetAsync(new Uri($"/panel/{session}", UriKind.Relative));
        var api = await browser.GetAsync(new Uri($"/api/v1/panel/{session}", UriKind.Relative));
        var detail = await browser.GetAsync(new Uri($"/panel/{session}/people/{ChildId}/services/police", UriKind.Relative));

        foreach (var response in new[] { page, api, detail })
        {
            var body = await response.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.DoesNotContain("Ivy", body, StringComparison.Ordinal);
            Assert.Contains("could not be written", body, StringComparison.Ordinal);
        }
    }

    private async Task<(int Exit, string Output)> VerifyAsync(params string[] extra)
    {
        using var output = new StringWriter();
        var exit = await FamilyContextCommands.RunAsync(["audit", "verify", "--connection-string", $"Data Source={_factory.AuditDatabasePath}", .. extra], output, output);
        return (exit, output.ToString());
    }

    public void Dispose() => _factory.Dispose();
}
