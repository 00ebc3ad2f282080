using System.Net;
using FamilyContext.Plugin.Audit;
using FamilyContext.Plugin.Demo;
using FamilyContext.Plugin.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyContext.Plugin.Tests.Setup;

/// <summary><c>/admin/setup</c>: admins only, every check in words, and refused launches explained without the token.</summary>
public sealed class SetupPageTests : IClassFixture<OidcProviderFixture>, IDisposable
{
    private const string ChildId = "740001";
    private readonly OidcProviderFixture _provider;
    private readonly PluginFactory _factory = new();

    public SetupPageTests(OidcProviderFixture provider)
    {
        _provider = provider;
        provider.Configure(_factory);
        _factory.Time.Set(DateTimeOffset.UtcNow);
        _factory.Cms.Add(People.Person(ChildId, "Hazel", "Setupwell", new DateOnly(2015, 4, 4)));
    }

    [Fact]
    public async Task A_refused_launch_is_shown_to_the_administrator_with_its_reason_in_words_and_never_the_token()
    {
        var token = _factory.Services.GetRequiredService<DemoLaunchKey>().Mint("another-service", DemoCmsAdapter.SocialWorker, "Test worker", ChildId);
        using var worker = _factory.Browser();
        var refused = await worker.GetAsync(new Uri($"/launch/demo?token={Uri.EscapeDataString(token)}", UriKind.Relative));
        using var manager = _factory.Browser();
        await _provider.SignInAsync(manager, "mgr-1", ["manager"], returnUrl: "/admin/setup");

        var page = await manager.GetStringAsync(new Uri("/admin/setup", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Contains("<h1 class=\"govuk-heading-l\">Installation checks</h1>", page, StringComparison.Ordinal);
        Assert.Contains("The token&#x27;s aud did not match FamilyContext:Launch:Audience", page, StringComparison.Ordinal);
        Assert.Contains("<td class=\"govuk-table__cell\">demo</td>", page, StringComparison.Ordinal);
        Assert.DoesNotContain(token.Split('.')[1], page, StringComparison.Ordinal);
        Assert.DoesNotContain("Hazel", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Checks_with_a_test_person_are_shown_by_area_and_audited()
    {
        using var manager = _factory.Browser();
        await _provider.SignInAsync(manager, "mgr-2", ["manager"], returnUrl: "/admin/setup");

        var page = await manager.GetStringAsync(new Uri($"/admin/setup?person={ChildId}", UriKind.Relative));

        Assert.Contains("<h2 class=\"govuk-heading-m\">CMS</h2>", page, StringComparison.Ordinal);
        Assert.Contains("0 related people read for the test person", page, StringComparison.Ordinal);
        Assert.Contains("govuk-tag--yellow\">Warning</strong>", page, StringComparison.Ordinal);
        Assert.Contains(await _factory.AuditAsync(), r => r.Action == AuditActions.SetupChecked && r.Actor == "mgr-2" && r.PersonId == ChildId);
    }

    [Fact]
    public async Task A_malformed_test_person_id_gets_a_clear_error_and_is_not_read()
    {
        using var manager = _factory.Browser();
        await _provider.SignInAsync(manager, "mgr-3", ["manager"], returnUrl: "/admin/setup");

        var page = await manager.GetStringAsync(new Uri("/admin/setup?person=%3Cscript%3E", UriKind.Relative));

        Assert.Contains("<title>Error: Installation checks", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#person\">Enter a CMS person id of up to 64 letters, digits, hyphens or underscores</a>", page, StringComparison.Ordinal);
        Assert.DoesNotContain(await _factory.AuditAsync(), r => r.Action == AuditActions.SetupChecked);
    }

    [Theory]
    [InlineData("/admin/setup")]
    [InlineData("/admin/setup/token")]
    public async Task A_social_worker_is_refused_the_setup_pages_audited_and_alerted(string page)
    {
        using var browser = _factory.Browser();
        await _provider.SignInAsync(browser, "sw-9", ["social-worker"], [DemoLaunchKey.WorkersGroup]);

        var response = await browser.GetAsync(new Uri(page, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains(await _factory.AuditAsync(), r => r.Action == AuditActions.StaffPageDenied && r.Actor == "sw-9" && r.Detail == page && r.Alert);
    }

    [Theory]
    [InlineData("https://localhost/", "PASSED", "The provider accepts https://localhost/signin/callback for client id family-context.")]
    [InlineData("https://panel.council.example/", "FAILED",
        "The provider refused a sign-in for client id family-context with the redirect URI https://panel.council.example/signin/callback (HTTP 400).")]
    public async Task The_sign_in_redirect_URI_is_tried_at_the_provider(string publicUrl, string status, string finding)
    {
        _factory.Settings["FamilyContext:Hosting:PublicUrl"] = publicUrl;

        var (_, output) = await _factory.CheckSetupAsync();

        Assert.Contains("PASSED  Access - Sign-in provider: " + _provider.Issuer.ToString().TrimEnd('/') + "/.well-known/openid-configuration answered", output, StringComparison.Ordinal);
        Assert.Contains($"{status,-7} Access - Sign-in redirect URI: {finding}", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_test_alert_sent_from_the_page_shows_its_outcome_and_is_audited()
    {
        using var webhook = new LoopbackWebhook();
        _factory.Settings["FamilyContext:Alerts:WebhookUrl"] = webhook.Url;
        var accepted = webhook.ReceiveAsync(204);
        using var manager = _factory.Browser();
        await _provider.SignInAsync(manager, "mgr-4", ["manager"], returnUrl: "/admin/setup");

        var response = await manager.SubmitAsync("/admin/setup", "/admin/setup/alert");
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"action\":\"alert-tested\"", await accepted.WaitAsync(TimeSpan.FromSeconds(30)), StringComparison.Ordinal);
        Assert.Contains("govuk-notification-banner--success\" role=\"alert\"", page, StringComparison.Ordinal);
        Assert.Contains("The test alert was sent.", page, StringComparison.Ordinal);
        Assert.Contains("<dt class=\"govuk-summary-list__key\">Test alert to the webhook</dt>", page, StringComparison.Ordinal);
        var audited = Assert.Single(await _factory.AuditAsync(), r => r.Action == AuditActions.AlertTested);
        Assert.Equal(("mgr-4", AuditOutcomes.Allowed), (audited.Actor, audited.Outcome));
    }

    public void Dispose() => _factory.Dispose();
}
