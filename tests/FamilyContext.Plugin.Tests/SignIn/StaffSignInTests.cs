using System.Net;
using FamilyContext.Plugin.Audit;
using FamilyContext.Plugin.Demo;
using FamilyContext.Plugin.SignIn;
using FamilyContext.Plugin.Tests.Support;

namespace FamilyContext.Plugin.Tests.SignIn;

/// <summary>Staff sign-in against a real OpenID provider: code flow with PKCE, state and nonce, id_token checked.</summary>
public sealed class StaffSignInTests : IClassFixture<OidcProviderFixture>, IDisposable
{
    private const string ChildId = "710001";
    private readonly OidcProviderFixture _provider;
    private readonly PluginFactory _factory = new();

    public StaffSignInTests(OidcProviderFixture provider)
    {
        _provider = provider;
        provider.Configure(_factory);
        // The provider signs with the real clock; the service must judge its tokens by the same clock.
        _factory.Time.Set(DateTimeOffset.UtcNow);
        _factory.Cms.Add(People.Person(ChildId, "Sky", "Signinson", new DateOnly(2017, 6, 1)));
    }

    [Fact]
    public async Task A_social_worker_signs_in_gives_a_child_and_a_reason_and_sees_the_panel_with_the_search_audited()
    {
        using var browser = _factory.Browser();

        var signedIn = await _provider.SignInAsync(browser, "sw-1", ["social-worker"], [DemoLaunchKey.WorkersGroup]);
        var found = await browser.SubmitAsync("/find", "/find", ("childId", ChildId), ("reason", "Section 47 enquiry for this child"));
        var panel = await browser.GetAsync(found.Headers.Location);

        Assert.Equal(("/find", HttpStatusCode.Redirect), (signedIn.Headers.Location?.OriginalString, signedIn.StatusCode));
        Assert.Equal(HttpStatusCode.OK, panel.StatusCode);
        Assert.Contains("Sky Signinson", await panel.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var audit = await _factory.AuditAsync();
        Assert.Contains(audit, r => r.Action == AuditActions.SignedIn && r.Actor == "sw-1" && r.Detail == "SocialWorker");
        var search = Assert.Single(audit, r => r.Action == AuditActions.Search);
        Assert.Equal(("sw-1", ChildId, "Section 47 enquiry for this child"), (search.Actor, search.ChildId, search.Detail));
        Assert.Contains(audit, r => r.Action == AuditActions.PanelShown && r.SessionId == search.SessionId);
        // The CMS is named "Demo" by its adapter and "demo" in launch addresses: the trail spells it one way.
        Assert.Equal("demo", search.Cms);
    }

    [Fact]
    public async Task A_search_for_an_adult_is_refused_with_a_clear_message_audited_and_alerted_and_opens_no_panel()
    {
        _factory.Cms.Add(People.Person("101817", "Olivia", "Ahmed", _factory.Today.AddYears(-27)));
        using var browser = _factory.Browser();
        await _provider.SignInAsync(browser, "sw-6", ["social-worker"], [DemoLaunchKey.WorkersGroup]);

        var response = await browser.SubmitAsync("/find", "/find", ("childId", "101817"), ("reason", "Checking the mother's record"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Family Context shows only children", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Olivia", html, StringComparison.Ordinal);
        var audit = await _factory.AuditAsync();
        var refused = Assert.Single(audit, r => r.Action == AuditActions.AccessDenied);
        Assert.Equal(("sw-6", "101817", "search refused: not a child", true), (refused.Actor, refused.ChildId, refused.Detail, refused.Alert));
        Assert.DoesNotContain(audit, r => r.Action is AuditActions.Search or AuditActions.PanelShown);
    }

    [Fact]
    public async Task A_search_without_a_reason_is_sent_back_with_an_error_and_nothing_is_looked_up()
    {
        using var browser = _factory.Browser();
        await _provider.SignInAsync(browser, "sw-2", ["social-worker"], [DemoLaunchKey.WorkersGroup]);

        var response = await browser.SubmitAsync("/find", "/find", ("childId", ChildId), ("reason", ""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("There is a problem", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(await _factory.AuditAsync(), r => r.Action == AuditActions.Search);
    }

    [Fact]
    public async Task A_signed_in_worker_the_rules_do_not_permit_is_refused_the_search_audited_and_alerted()
    {
        using var browser = _factory.Browser();
        await _provider.SignInAsync(browser, "sw-3", ["social-worker"], ["some-other-team"]);

        var response = await browser.SubmitAsync("/find", "/find", ("childId", ChildId), ("reason", "Curious about this family"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains(await _factory.AuditAsync(), r => r.Action == AuditActions.AccessDenied && r.Actor == "sw-3" && r.ChildId == ChildId && r.Alert);
    }

    [Fact]
    public async Task A_signed_in_user_with_no_role_is_refused_the_worker_page_audited_and_alerted()
    {
        using var browser = _factory.Browser();
        await _provider.SignInAsync(browser, "nobody-1", [], [DemoLaunchKey.WorkersGroup]);

        var response = await browser.GetAsync(new Uri("/find", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains(await _factory.AuditAsync(), r => r.Action == AuditActions.StaffPageDenied && r.Actor == "nobody-1" && r.Alert);
    }

    [Fact]
    public async Task Someone_not_signed_in_is_sent_to_sign_in()
    {
        using var browser = _factory.Browser();

        var response = await browser.GetAsync(new Uri("/find", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("https://localhost/signin?returnUrl=", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_callback_with_another_state_is_refused_audited_and_alerted()
    {
        using var browser = _factory.Browser();
        await _provider.NextLoginAsync("sw-4", "Test", ["social-worker"]);
        var start = await browser.GetAsync(new Uri("/signin", UriKind.Relative));
        var callback = await _provider.AuthorizeAsync(start.Headers.Location!);

        var tampered = System.Text.RegularExpressions.Regex.Replace(callback.PathAndQuery, "state=[^&]+", "state=forged");
        var response = await browser.GetAsync(new Uri(tampered, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains(await _factory.AuditAsync(), r => r.Action == AuditActions.SignInRejected && r.Detail == "state does not match" && r.Alert);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync(new Uri("/find", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task A_callback_in_a_browser_that_never_started_a_sign_in_is_refused()
    {
        using var victim = _factory.Browser();
        using var attacker = _factory.Browser();
        await _provider.NextLoginAsync("attacker-1", "Test", ["manager"]);
        var start = await attacker.GetAsync(new Uri("/signin", UriKind.Relative));
        var callback = await _provider.AuthorizeAsync(start.Headers.Location!);

        // Login CSRF: the attacker's callback URL opened in the victim's browser must not sign the victim in as the attacker.
        var response = await victim.GetAsync(new Uri(callback.PathAndQuery, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains(await _factory.AuditAsync(), r => r.Action == AuditActions.SignInRejected && r.Detail == "no sign-in was started in this browser");
    }

    [Fact]
    public async Task Signing_out_needs_the_forms_anti_forgery_token_and_then_ends_the_sign_in()
    {
        using var browser = _factory.Browser();
        await _provider.SignInAsync(browser, "sw-5", ["social-worker"], [DemoLaunchKey.WorkersGroup]);

        var forged = await browser.PostAsync(new Uri("/signout", UriKind.Relative), new FormUrlEncodedContent([]));
        var stillIn = await browser.GetAsync(new Uri("/find", UriKind.Relative));
        var signedOut = await browser.SubmitAsync("/find", "/signout");
        var after = await browser.GetAsync(new Uri("/find", UriKind.Relative));

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.OK), (forged.StatusCode, stillIn.StatusCode));
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    [InlineData("javascript:alert(1)")]
    public void A_return_address_off_this_site_becomes_the_admin_home(string returnUrl) =>
        Assert.Equal("/admin", SignInEndpoints.LocalOnly(returnUrl));

    public void Dispose() => _factory.Dispose();
}
