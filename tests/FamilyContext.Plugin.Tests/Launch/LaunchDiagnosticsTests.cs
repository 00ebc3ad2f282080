using System.Net;
using System.Text.Json.Nodes;
using FamilyContext.Plugin.Audit;
using FamilyContext.Plugin.Tests.Support;

namespace FamilyContext.Plugin.Tests.Launch;

/// <summary>
/// A refused launch tells the administrator, in the log, exactly what was wrong — expected and received iss and aud, the
/// unknown key id, a CMS clock ahead told apart from an expired token, the groups received against the rules — while the
/// worker sees the plain page and the log holds no person's id.
/// </summary>
public sealed class LaunchDiagnosticsTests : IDisposable
{
    private const string ChildId = "760001";
    private const string Worker = "worker-diag";
    private readonly PluginFactory _factory = new();
    private readonly TestLaunchIssuer _cms;

    public LaunchDiagnosticsTests()
    {
        _factory.Time.Set(new DateTimeOffset(2026, 11, 21, 10, 0, 0, TimeSpan.Zero));
        _factory.Cms.Add(People.Person(ChildId, "Hollis", "Diagnose", new DateOnly(2017, 6, 6)));
        _cms = new TestLaunchIssuer(_factory);
    }

    [Fact]
    public async Task A_wrong_audience_and_issuer_are_logged_with_what_was_expected_and_received()
    {
        var claims = _cms.Claims(ChildId, Worker);
        (claims["aud"], claims["iss"]) = ("another-service", "urn:someone-else");

        var response = await LaunchAsync(_cms.Sign(claims));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var line = Assert.Single(_factory.Logs.Lines(), l => l.Contains("[1006]", StringComparison.Ordinal));
        Assert.Contains("iss: Expected \"urn:test-cms\" (FamilyContext:Launch:Issuers:test-cms:Issuer), received \"urn:someone-else\".", line, StringComparison.Ordinal);
        Assert.Contains("aud: Expected \"family-context\" (FamilyContext:Launch:Audience), received \"another-service\".", line, StringComparison.Ordinal);
        AssertNoPersonInTheLog();
    }

    [Fact]
    public async Task A_CMS_clock_ten_minutes_ahead_is_told_apart_from_an_expired_token()
    {
        var now = _factory.Time.GetUtcNow().ToUnixTimeSeconds();
        var ahead = _cms.Claims(ChildId, Worker);
        (ahead["iat"], ahead["nbf"], ahead["exp"]) = (now + 600, now + 600, now + 720);
        var expired = _cms.Claims(ChildId, Worker);
        (expired["iat"], expired["nbf"], expired["exp"]) = (now - 600, now - 600, now - 480);

        await LaunchAsync(_cms.Sign(ahead));
        await LaunchAsync(_cms.Sign(expired));

        var refusals = (await _factory.AuditAsync(new AuditQuery(Action: AuditActions.LaunchRejected))).Select(r => r.Detail).ToList();
        Assert.Equal(["expired", "not-yet-valid"], refusals);
        Assert.Contains(_factory.Logs.Lines(), l => l.Contains("nbf/iat: Not yet valid — the CMS clock is 600 s ahead of this server's", StringComparison.Ordinal));
        Assert.Contains(_factory.Logs.Lines(), l => l.Contains("exp: Expired 480 s ago", StringComparison.Ordinal));
        AssertNoPersonInTheLog();
    }

    [Fact]
    public async Task A_token_signed_with_an_unknown_key_names_its_key_id_in_the_log()
    {
        await LaunchAsync(TestLaunchIssuer.SignWithAnUnpublishedKey(_cms.Claims(ChildId, Worker)));

        Assert.Contains(_factory.Logs.Lines(), l => l.Contains("Signed with key id \"rotated-2027\", which is not among the keys of test-cms (ec1, rsa1)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_worker_no_rule_permits_is_logged_with_the_groups_the_token_carried()
    {
        var claims = _cms.Claims(ChildId, Worker);
        claims["groups"] = new JsonArray("youth-justice", "early-help");

        var response = await LaunchAsync(_cms.Sign(claims));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains(_factory.Logs.Lines(), l => l.Contains("Groups the token carried: youth-justice, early-help. The rules: no rule permits this worker", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_key_set_address_that_cannot_be_reached_refuses_the_launch_with_a_plain_page_not_a_server_error()
    {
        _factory.Settings[$"FamilyContext:Launch:Issuers:{TestLaunchIssuer.Cms}:JsonWebKeySet"] = null;
        _factory.Settings[$"FamilyContext:Launch:Issuers:{TestLaunchIssuer.Cms}:JsonWebKeySetUrl"] = $"http://127.0.0.1:{ExternalProcess.FreePort()}/jwks";

        var response = await LaunchAsync(_cms.Sign(_cms.Claims(ChildId, Worker)));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains(await _factory.AuditAsync(), r => r.Action == AuditActions.LaunchRejected && r.Detail == "keys-unavailable" && r.Alert);
        Assert.Contains(_factory.Logs.Lines(), l => l.Contains("[1007] Launch from test-cms refused: its signing keys could not be fetched", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(5, false)]
    public async Task A_panel_asked_for_without_the_browser_cookie_right_after_its_launch_is_logged_as_cookies_blocked(int minutesLater, bool logged)
    {
        using var launcher = _factory.Browser();
        var launched = await TestLaunchIssuer.LaunchAsync(launcher, _cms.Sign(_cms.Claims(ChildId, Worker)));
        var panel = launched.Headers.Location!.OriginalString;
        _factory.Time.Advance(TimeSpan.FromMinutes(minutesLater));
        using var cookieless = _factory.CreateClient(new() { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = false });

        var response = await cookieless.GetAsync(new Uri(panel, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, launched.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var warnings = _factory.Logs.Lines().Where(l => l.Contains("[1008] Browser cookie missing", StringComparison.Ordinal)).ToList();
        Assert.Equal(logged ? 1 : 0, warnings.Count);
        if (logged)
        {
            Assert.Contains($"a panel launched from {TestLaunchIssuer.Cms} 0 s ago", warnings[0], StringComparison.Ordinal);
            Assert.Contains("third-party cookies blocked?", warnings[0], StringComparison.Ordinal);
        }

        AssertNoPersonInTheLog();
        Assert.DoesNotContain(_factory.Logs.GetSnapshot(), r => r.Id.Id == 1008 && r.Message.Contains(panel["/panel/".Length..], StringComparison.Ordinal));
    }

    public void Dispose()
    {
        _cms.Dispose();
        _factory.Dispose();
    }

    private async Task<HttpResponseMessage> LaunchAsync(string token)
    {
        using var browser = _factory.Browser();
        return await TestLaunchIssuer.LaunchAsync(browser, token);
    }

    private void AssertNoPersonInTheLog() =>
        Assert.DoesNotContain(_factory.Logs.Lines(), l => l.Contains(Worker, StringComparison.Ordinal) || l.Contains(ChildId, StringComparison.Ordinal));
}
