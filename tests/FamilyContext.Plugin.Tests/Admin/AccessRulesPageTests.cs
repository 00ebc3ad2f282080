using System.Net;
using FamilyContext.Plugin.Audit;
using FamilyContext.Plugin.Tests.Support;

namespace FamilyContext.Plugin.Tests.Admin;

/// <summary>Separation of duties and a page that says what happened: managers change rules, IG admins see them, a deny is removed only when confirmed.</summary>
public sealed class AccessRulesPageTests : IClassFixture<OidcProviderFixture>, IDisposable
{
    private readonly OidcProviderFixture _provider;
    private readonly PluginFactory _factory = new();

    public AccessRulesPageTests(OidcProviderFixture provider)
    {
        _provider = provider;
        provider.Configure(_factory);
        _factory.Time.Set(DateTimeOffset.UtcNow);
    }

    [Fact]
    public async Task An_IG_admin_sees_the_rules_but_cannot_change_them_and_the_attempt_is_refused_audited_and_alerted()
    {
        using var manager = await SignedInAsync("mgr-20", "manager");
        await manager.SubmitAsync("/admin/access", "/admin/access", ("effect", "Permit"), ("kind", "Group"), ("subject", "team-a"));
        using var admin = await SignedInAsync("ig-20", "ig-admin");

        var page = await admin.GetStringAsync(new Uri("/admin/access", UriKind.Relative));
        var forced = await manager.SubmitAsync("/admin/access", "/admin/access", ("effect", "Permit"), ("kind", "User"), ("subject", "someone"));
        var asAdmin = await admin.SubmitAsync("/admin/access", "/admin/access", ("effect", "Permit"), ("kind", "User"), ("subject", "someone"));
        var removeAsAdmin = await admin.SubmitAsync("/admin/access", "/admin/access/1/remove");

        Assert.Contains("team-a", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Add a rule", page, StringComparison.Ordinal);
        Assert.DoesNotContain("/remove", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, forced.StatusCode);
        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (asAdmin.StatusCode, removeAsAdmin.StatusCode));
        Assert.Contains(await _factory.AuditAsync(), r => r.Action == AuditActions.StaffPageDenied && r.Actor == "ig-20" && r.Alert);
        Assert.Equal(2, (await _factory.AuditAsync()).Count(r => r.Action == AuditActions.AccessRuleAdded));
    }

    [Fact]
    public async Task Configuration_can_let_IG_admins_change_the_rules()
    {
        _factory.Settings["FamilyContext:Access:AdminsMayChangeRules"] = "true";
        using var admin = await SignedInAsync("ig-21", "ig-admin");

        var added = await admin.SubmitAsync("/admin/access", "/admin/access", ("effect", "Permit"), ("kind", "User"), ("subject", "someone"));

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains(await _factory.AuditAsync(), r => r.Action == AuditActions.AccessRuleAdded && r.Detail == "rule 1: permit user someone; by an IG admin" && r.Alert);
    }

    [Fact]
    public async Task Adding_a_rule_says_so_with_a_success_banner_that_takes_focus_and_lists_its_number_and_date()
    {
        using var manager = await SignedInAsync("mgr-22", "manager");

        var added = await manager.SubmitAsync("/admin/access", "/admin/access", ("effect", "Deny"), ("kind", "User"), ("subject", "sw-22"), ("note", "Left the team"));
        var page = await manager.GetStringAsync(new Uri(added.Headers.Location!.OriginalString, UriKind.Relative));

        Assert.Equal("/admin/access?added=1#success", added.Headers.Location!.OriginalString);
        Assert.Contains("govuk-notification-banner--success\" role=\"alert\"", page, StringComparison.Ordinal);
        Assert.Contains("Rule 1 added.", page, StringComparison.Ordinal);
        Assert.Contains("<h2 class=\"govuk-heading-m\" id=\"rules-heading\">Rules in force</h2>", page, StringComparison.Ordinal);
        Assert.Contains($"mgr-22 on {Plugin.Time.UkDates.DateTime(_factory.Time.GetUtcNow())}", page, StringComparison.Ordinal);
        Assert.Contains("Signed in as", page, StringComparison.Ordinal);
        Assert.Contains("(mgr-22), team manager", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Removing_a_deny_asks_for_confirmation_first()
    {
        using var manager = await SignedInAsync("mgr-23", "manager");
        await manager.SubmitAsync("/admin/access", "/admin/access", ("effect", "Deny"), ("kind", "User"), ("subject", "sw-23"));

        var asked = await manager.SubmitAsync("/admin/access", "/admin/access/1/remove");
        var stillThere = await manager.GetStringAsync(new Uri("/admin/access", UriKind.Relative));
        var removed = await manager.SubmitAsync("/admin/access", "/admin/access/1/remove", ("confirm", "yes"));

        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        Assert.Contains("Are you sure you want to remove rule 1?", await asked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("sw-23", stillThere, StringComparison.Ordinal);
        Assert.Equal("/admin/access?removed=1#success", removed.Headers.Location!.OriginalString);
        Assert.Single(await _factory.AuditAsync(), r => r.Action == AuditActions.AccessRuleRemoved);
    }

    [Fact]
    public async Task A_missing_user_id_is_an_error_linked_to_and_marked_on_its_field_with_what_was_entered_kept()
    {
        using var manager = await SignedInAsync("mgr-24", "manager");

        var response = await manager.SubmitAsync("/admin/access", "/admin/access", ("effect", "Deny"), ("kind", "Group"), ("subject", " "), ("note", "kept"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("<a href=\"#subject\">Enter a user id or group name", html, StringComparison.Ordinal);
        Assert.Contains("id=\"subject-error\"", html, StringComparison.Ordinal);
        Assert.Matches("govuk-input[^\"]*govuk-input--error\" id=\"subject\"", html);
        Assert.Contains("value=\"kept\"", html, StringComparison.Ordinal);
        Assert.Matches("id=\"effect-deny\"[^>]*checked", html);
    }

    private async Task<HttpClient> SignedInAsync(string subject, string role)
    {
        var browser = _factory.Browser();
        await _provider.SignInAsync(browser, subject, [role], returnUrl: "/admin/access");
        return browser;
    }

    public void Dispose() => _factory.Dispose();
}
