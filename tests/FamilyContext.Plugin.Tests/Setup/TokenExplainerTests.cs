using System.Net;
using System.Text.Json.Nodes;
using FamilyContext.Plugin.Audit;
using FamilyContext.Plugin.Tests.Support;

namespace FamilyContext.Plugin.Tests.Setup;

/// <summary>
/// The token explainer on <c>/admin/setup/token</c>: part by part, whether a pasted launch token would be accepted and why not,
/// without using its jti, without opening a panel, and audited every time.
/// </summary>
public sealed class TokenExplainerTests : IClassFixture<OidcProviderFixture>, IDisposable
{
    private const string ChildId = "750001";
    private const string Page = "/admin/setup/token";
    private readonly OidcProviderFixture _provider;
    private readonly PluginFactory _factory = new();
    private readonly TestLaunchIssuer _cms;

    public TokenExplainerTests(OidcProviderFixture provider)
    {
        _provider = provider;
        provider.Configure(_factory);
        // Whole seconds, as tokens carry them, so "600 s ahead" is exact.
        _factory.Time.Set(DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds()));
        _factory.Cms.Add(People.Person(ChildId, "Willow", "Explainer", new DateOnly(2016, 5, 5)));
        _cms = new TestLaunchIssuer(_factory);
    }

    [Fact]
    public async Task A_good_token_would_be_accepted_and_explaining_it_does_not_use_it_or_open_a_panel()
    {
        var token = _cms.Sign(_cms.Claims(ChildId));
        using var admin = await AdminAsync("mgr-t1");

        var page = await ExplainAsync(admin, token);
        using var worker = _factory.Browser();
        var launch = await TestLaunchIssuer.LaunchAsync(worker, token);

        Assert.Contains("Would be accepted", page, StringComparison.Ordinal);
        Assert.Contains("Not used yet (checking it here did not use it).", page, StringComparison.Ordinal);
        Assert.DoesNotContain(token.Split('.')[1], page, StringComparison.Ordinal);
        Assert.DoesNotContain("Willow", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, launch.StatusCode);
        var audit = await _factory.AuditAsync();
        Assert.Contains(audit, r => r.Action == AuditActions.SetupChecked && r.Actor == "mgr-t1" && r.Cms == TestLaunchIssuer.Cms && r.Detail == "launch token explained: would be accepted");
        Assert.Single(audit, r => r.Action == AuditActions.LaunchAccepted);
    }

    [Fact]
    public async Task Each_fault_is_named_with_what_was_expected_and_what_was_received()
    {
        var claims = _cms.Claims(ChildId);
        var now = _factory.Time.GetUtcNow().ToUnixTimeSeconds();
        (claims["aud"], claims["iss"], claims["iat"], claims["nbf"], claims["exp"]) = ("another-service", "urn:someone-else", now + 600, now + 600, now + 700);
        claims.Remove("child");
        var token = _cms.Sign(claims);
        using var admin = await AdminAsync("mgr-t2");

        var page = await ExplainAsync(admin, token);

        Assert.Contains("Would be refused", page, StringComparison.Ordinal);
        Assert.Contains("Expected \"family-context\" (FamilyContext:Launch:Audience), received \"another-service\".", page, StringComparison.Ordinal);
        Assert.Contains("Expected \"urn:test-cms\" (FamilyContext:Launch:Issuers:test-cms:Issuer), received \"urn:someone-else\".", page, StringComparison.Ordinal);
        Assert.Contains("Not yet valid — the CMS clock is 600 s ahead of this server's", page, StringComparison.Ordinal);
        Assert.Contains("the child is not named", page, StringComparison.Ordinal);
        Assert.Contains("Verified with key id \"ec1\" of test-cms.", page, StringComparison.Ordinal);
        Assert.Contains(await _factory.AuditAsync(), r => r.Action == AuditActions.SetupChecked && r.Detail == "launch token explained: would be refused (iss, aud, nbf/iat, child)");
    }

    [Fact]
    public async Task A_token_signed_with_a_key_the_CMS_has_not_published_names_the_key_id()
    {
        var token = TestLaunchIssuer.SignWithAnUnpublishedKey(_cms.Claims(ChildId));
        using var admin = await AdminAsync("mgr-t3");

        var page = await ExplainAsync(admin, token);

        Assert.Contains("Signed with key id \"rotated-2027\", which is not among the keys of test-cms (ec1, rsa1)", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_token_already_used_is_said_to_be_used()
    {
        var token = _cms.Sign(_cms.Claims(ChildId));
        using var worker = _factory.Browser();
        await TestLaunchIssuer.LaunchAsync(worker, token);
        using var admin = await AdminAsync("mgr-t4");

        var page = await ExplainAsync(admin, token);

        Assert.Contains("Already used: each launch token opens the panel once.", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_token_gets_a_clear_error_and_nothing_is_audited()
    {
        using var admin = await AdminAsync("mgr-t5");

        var response = await admin.SubmitAsync(Page, Page, ("cms", TestLaunchIssuer.Cms), ("token", " "));
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Contains("<title>Error: Explain a launch token", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#token\">Paste the launch token, of up to 8192 characters</a>", page, StringComparison.Ordinal);
        Assert.DoesNotContain(await _factory.AuditAsync(), r => r.Action == AuditActions.SetupChecked);
    }

    public void Dispose()
    {
        _cms.Dispose();
        _factory.Dispose();
    }

    private async Task<HttpClient> AdminAsync(string id)
    {
        var browser = _factory.Browser();
        await _provider.SignInAsync(browser, id, ["manager"], returnUrl: Page);
        return browser;
    }

    private static async Task<string> ExplainAsync(HttpClient admin, string token)
    {
        var response = await admin.SubmitAsync(Page, Page, ("cms", TestLaunchIssuer.Cms), ("token", token));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }
}
