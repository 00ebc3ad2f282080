using System.Net;
using FamilyContext.Plugin.Audit;
using FamilyContext.Plugin.Demo;
using FamilyContext.Plugin.Tests.Support;

namespace FamilyContext.Plugin.Tests.Admin;

/// <summary>The admin pages: managers and IG admins only, every form protected, every change audited and effective at once.</summary>
public sealed class AdminPagesTests : IClassFixture<OidcProviderFixture>, IDisposable
{
    private const string ChildId = "720001";
    private readonly OidcProviderFixture _provider;
    private readonly PluginFactory _factory = new();

    public AdminPagesTests(OidcProviderFixture provider)
    {
        _provider = provider;
        provider.Configure(_factory);
        _factory.Time.Set(DateTimeOffset.UtcNow);
        _factory.Cms.Add(People.Person(ChildId, "Alder", "Adminson", new DateOnly(2016, 2, 2)));
    }

    [Fact]
    public async Task A_deny_rule_added_by_a_manager_is_audited_and_stops_an_open_panel_at_once_with_an_alert()
    {
        using var worker = _factory.Browser();
        using var manager = _factory.Browser();
        var session = await _factory.LaunchAsync(worker, ChildId, DemoCmsAdapter.SocialWorker);
        Assert.Equal(HttpStatusCode.OK, (await worker.GetAsync(new Uri($"/panel/{session}", UriKind.Relative))).StatusCode);
        await _provider.SignInAsync(manager, "mgr-1", ["manager"], returnUrl: "/admin/access");

        var added = await manager.SubmitAsync("/admin/access", "/admin/access",
            ("effect", "Deny"), ("kind", "User"), ("subject", DemoCmsAdapter.SocialWorker), ("note", "Left the team"));
        var panel = await worker.GetAsync(new Uri($"/panel/{session}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, panel.StatusCode);
        var audit = await _factory.AuditAsync();
        Assert.Contains(audit, r => r.Action == AuditActions.AccessRuleAdded && r.Actor == "mgr-1" && r.Detail == $"rule 1: deny user {DemoCmsAdapter.SocialWorker}; note: Left the team; by a team manager" && r.Alert);
        Assert.Contains(audit, r => r.Action == AuditActions.AccessDenied && r.Actor == DemoCmsAdapter.SocialWorker && r.SessionId == session && r.Alert);
        Assert.Contains(DemoCmsAdapter.SocialWorker, await manager.GetStringAsync(new Uri("/admin/alerts", UriKind.Relative)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Removing_a_rule_is_audited_and_applies_at_once()
    {
        using var worker = _factory.Browser();
        using var admin = _factory.Browser();
        await _provider.SignInAsync(admin, "mgr-2", ["manager"], returnUrl: "/admin/access");
        await admin.SubmitAsync("/admin/access", "/admin/access", ("effect", "Deny"), ("kind", "Group"), ("subject", DemoLaunchKey.WorkersGroup));
        var refused = await worker.GetAsync(new Uri($"/launch/demo?token={Uri.EscapeDataString(Mint())}", UriKind.Relative));

        var removed = await admin.SubmitAsync("/admin/access", "/admin/access/1/remove", ("confirm", "yes"));
        var launched = await worker.GetAsync(new Uri($"/launch/demo?token={Uri.EscapeDataString(Mint())}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, launched.StatusCode);
        Assert.Contains(await _factory.AuditAsync(), r => r.Action == AuditActions.AccessRuleRemoved && r.Actor == "mgr-2" && r.Detail == $"rule 1: deny group {DemoLaunchKey.WorkersGroup}; by a team manager" && r.Alert);
    }

    [Theory]
    [InlineData("/admin/access")]
    [InlineData("/admin/alerts")]
    [InlineData("/admin/audit")]
    [InlineData("/admin/audit/export.csv")]
    [InlineData("/admin/sources")]
    public async Task A_social_worker_is_refused_every_admin_page_audited_and_alerted(string page)
    {
        using var browser = _factory.Browser();
        await _provider.SignInAsync(browser, "sw-9", ["social-worker"], [DemoLaunchKey.WorkersGroup]);

        var response = await browser.GetAsync(new Uri(page, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains(await _factory.AuditAsync(), r => r.Action == AuditActions.StaffPageDenied && r.Actor == "sw-9" && r.Detail == page && r.Alert);
    }

    [Theory]
    [InlineData("/admin/access")]
    [InlineData("/admin/audit/export.csv")]
    public async Task Someone_not_signed_in_is_sent_to_sign_in_from_the_admin_pages(string page)
    {
        using var browser = _factory.Browser();

        var response = await browser.GetAsync(new Uri(page, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/signin?returnUrl=", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rule_posted_without_the_anti_forgery_token_is_refused_and_not_saved()
    {
        using var manager = _factory.Browser();
        await _provider.SignInAsync(manager, "mgr-2", ["manager"], returnUrl: "/admin/access");
        using var forged = new FormUrlEncodedContent([new("effect", "Permit"), new("kind", "User"), new("subject", "intruder")]);

        var response = await manager.PostAsync(new Uri("/admin/access", UriKind.Relative), forged);
        var removal = await manager.PostAsync(new Uri("/admin/access/1/remove", UriKind.Relative), new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, removal.StatusCode);
        Assert.DoesNotContain("intruder", await manager.GetStringAsync(new Uri("/admin/access", UriKind.Relative)), StringComparison.Ordinal);
        Assert.DoesNotContain(await _factory.AuditAsync(), r => r.Action == AuditActions.AccessRuleAdded);
    }

    [Fact]
    public async Task A_token_taken_from_another_managers_page_does_not_work_in_a_forged_post()
    {
        using var victim = _factory.Browser();
        using var attacker = _factory.Browser();
        await _provider.SignInAsync(victim, "mgr-victim", ["manager"], returnUrl: "/admin/access");
        await _provider.SignInAsync(attacker, "mgr-attacker", ["manager"], returnUrl: "/admin/access");
        var attackersPage = await attacker.GetStringAsync(new Uri("/admin/access", UriKind.Relative));
        var token = System.Text.RegularExpressions.Regex.Match(attackersPage, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        using var forged = new FormUrlEncodedContent([new("__RequestVerificationToken", System.Net.WebUtility.HtmlDecode(token)),
            new("effect", "Permit"), new("kind", "User"), new("subject", "mgr-attacker-friend")]);

        // The victim's browser carries the victim's cookies; the token in the body is the attacker's.
        var response = await victim.PostAsync(new Uri("/admin/access", UriKind.Relative), forged);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(await _factory.AuditAsync(), r => r.Action == AuditActions.AccessRuleAdded);
    }

    [Fact]
    public async Task An_audit_search_by_child_finds_that_childs_records_and_the_export_is_itself_audited()
    {
        using var worker = _factory.Browser();
        using var manager = _factory.Browser();
        var session = await _factory.LaunchAsync(worker, ChildId, DemoCmsAdapter.SocialWorker);
        await worker.GetAsync(new Uri($"/panel/{session}", UriKind.Relative));
        await _provider.SignInAsync(manager, "mgr-3", ["manager"], returnUrl: "/admin/audit");

        var page = await manager.GetStringAsync(new Uri($"/admin/audit?child={ChildId}&from=2000-01-01", UriKind.Relative));
        var csv = await manager.GetStringAsync(new Uri($"/admin/audit/export.csv?child={ChildId}", UriKind.Relative));

        Assert.Contains(AuditActions.PanelShown, page, StringComparison.Ordinal);
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("\"Record\",\"When (UK time)\",\"When (UTC)\",\"Action\"", lines[0], StringComparison.Ordinal);
        Assert.All(lines.Skip(1), l => Assert.Contains($"\"{ChildId}\"", l, StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains($"\"{AuditActions.PanelShown}\"", StringComparison.Ordinal));
        Assert.Contains(await _factory.AuditAsync(), r => r.Action == AuditActions.AuditExported && r.Actor == "mgr-3" && r.ChildId == ChildId);
    }

    [Fact]
    public async Task The_sources_page_shows_a_source_older_than_its_limit_as_stale()
    {
        using var manager = _factory.Browser();
        await _factory.Store.LoadAsync("police", _factory.Time.GetUtcNow().AddDays(-30));
        await _provider.SignInAsync(manager, "mgr-4", ["manager"], returnUrl: "/admin/sources");

        var page = await manager.GetStringAsync(new Uri("/admin/sources", UriKind.Relative));

        var police = page[page.IndexOf(">Police<", StringComparison.Ordinal)..];
        Assert.Contains("Stale", police[..police.IndexOf("</tr>", StringComparison.Ordinal)], StringComparison.Ordinal);
        Assert.Contains("Fresh", page, StringComparison.Ordinal);
    }

    private string Mint() =>
        Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<DemoLaunchKey>(_factory.Services)
            .Mint("family-context", DemoCmsAdapter.SocialWorker, "Test worker", ChildId);

    public void Dispose() => _factory.Dispose();
}
