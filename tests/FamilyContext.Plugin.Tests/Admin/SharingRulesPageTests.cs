using System.Net;
using FamilyContext.Plugin.Audit;
using FamilyContext.Plugin.Tests.Support;

namespace FamilyContext.Plugin.Tests.Admin;

/// <summary>Data-sharing agreements are IG's: IG admins set sharing rules, team managers see them, every change is audited and alerted.</summary>
public sealed class SharingRulesPageTests : IClassFixture<OidcProviderFixture>, IDisposable
{
    private readonly OidcProviderFixture _provider;
    private readonly PluginFactory _factory = new();

    public SharingRulesPageTests(OidcProviderFixture provider)
    {
        _provider = provider;
        provider.Configure(_factory);
        _factory.Time.Set(DateTimeOffset.UtcNow);
    }

    [Fact]
    public async Task An_IG_admin_adds_a_rule_that_is_listed_audited_and_alerted_and_removes_it_the_same_way()
    {
        using var admin = await SignedInAsync("ig-70", "ig-admin");

        var added = await admin.SubmitAsync("/admin/sharing", "/admin/sharing", ("service", "police"), ("groups", " police-liaison ,, mash"),
            ("ask", "the Police DPO"), ("requireReason", "yes"), ("note", "ISA 2026"));
        var page = WebUtility.HtmlDecode(await admin.GetStringAsync(new Uri(added.Headers.Location!.OriginalString, UriKind.Relative)));
        var removed = await admin.SubmitAsync("/admin/sharing", "/admin/sharing/1/remove");

        Assert.Equal("/admin/sharing?added=1#success", added.Headers.Location!.OriginalString);
        Assert.Contains("Sharing rule 1 added.", page, StringComparison.Ordinal);
        Assert.Contains("police-liaison, mash", page, StringComparison.Ordinal);
        Assert.Equal("/admin/sharing?removed=1#success", removed.Headers.Location!.OriginalString);
        var audit = await _factory.AuditAsync();
        Assert.Contains(audit, r => r.Action == AuditActions.SharingRuleAdded && r.Actor == "ig-70" && r.ServiceId == "police" && r.Alert
            && r.Detail == "sharing rule 1: police shared only with groups police-liaison, mash; reason required; ask: the Police DPO; note: ISA 2026");
        Assert.Contains(audit, r => r.Action == AuditActions.SharingRuleRemoved && r.Actor == "ig-70" && r.Alert);
    }

    [Fact]
    public async Task A_team_manager_sees_the_rules_but_cannot_change_them_and_the_attempt_is_refused_audited_and_alerted()
    {
        using var admin = await SignedInAsync("ig-71", "ig-admin");
        await admin.SubmitAsync("/admin/sharing", "/admin/sharing", ("service", "police"), ("groups", "police-liaison"), ("ask", "the Police DPO"));
        using var manager = await SignedInAsync("mgr-71", "manager");

        var page = await manager.GetStringAsync(new Uri("/admin/sharing", UriKind.Relative));
        var add = await admin.SubmitAsync("/admin/sharing", "/admin/sharing", ("service", "school"), ("requireReason", "yes"));
        var addAsManager = await manager.SubmitAsync("/admin/sharing", "/admin/sharing", ("service", "school"), ("requireReason", "yes"));
        var removeAsManager = await manager.SubmitAsync("/admin/sharing", "/admin/sharing/1/remove");

        Assert.Contains("police-liaison", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Add a sharing rule", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, add.StatusCode);
        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (addAsManager.StatusCode, removeAsManager.StatusCode));
        var audit = await _factory.AuditAsync();
        Assert.Equal(2, audit.Count(r => r.Action == AuditActions.StaffPageDenied && r.Actor == "mgr-71" && r.Alert));
        Assert.Equal(2, audit.Count(r => r.Action == AuditActions.SharingRuleAdded));
    }

    [Theory]
    [InlineData("police", "police-liaison", "", "ask", "Enter whom a worker outside these groups should ask")]
    [InlineData("police", "", "", "groups", "Enter the groups it is shared with, or ask for a reason, or both")]
    [InlineData("nowhere", "", "yes", "service", "Select the service the agreement covers")]
    public async Task A_rule_that_cannot_be_kept_is_an_error_linked_to_its_field_with_what_was_entered_kept(
        string service, string groups, string reason, string field, string message)
    {
        using var admin = await SignedInAsync("ig-72", "ig-admin");

        var response = await admin.SubmitAsync("/admin/sharing", "/admin/sharing", ("service", service), ("groups", groups), ("requireReason", reason), ("note", "kept"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"<a href=\"#{field}\">{message}", html, StringComparison.Ordinal);
        Assert.Contains($"id=\"{field}-error\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"kept\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain(await _factory.AuditAsync(), r => r.Action == AuditActions.SharingRuleAdded);
    }

    private async Task<HttpClient> SignedInAsync(string subject, string role)
    {
        var browser = _factory.Browser();
        await _provider.SignInAsync(browser, subject, [role], returnUrl: "/admin/sharing");
        return browser;
    }

    public void Dispose() => _factory.Dispose();
}
