using System.Net;
using System.Text.Json.Nodes;
using FamilyContext.Plugin.Audit;
using FamilyContext.Plugin.Tests.Support;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FamilyContext.Plugin.Tests.Launch;

/// <summary>Every way a launch token can be wrong is refused with a plain error page, audited and alerted.</summary>
public sealed class LaunchTokenAttackTests : IDisposable
{
    private const string ChildId = "700001";
    private readonly PluginFactory _factory = new();
    private readonly TestLaunchIssuer _cms;

    public LaunchTokenAttackTests()
    {
        _cms = new TestLaunchIssuer(_factory);
        _factory.Cms.Add(People.Person(ChildId, "Rowan", "Attackson", new DateOnly(2018, 3, 4)));
    }

    public static TheoryData<string> Attacks() =>
    [
        "tampered", "expired", "wrong-audience", "wrong-issuer", "alg-none", "alg-none-no-signature", "hmac-with-public-key-pem",
        "hmac-with-public-key-der", "hmac-with-jwks", "missing-sub", "missing-child", "missing-jti", "missing-exp", "not-yet-valid",
        "lifetime-over-five-minutes", "issued-in-the-future", "unknown-key", "embedded-jwk", "child-not-an-id", "garbage", "empty",
        "crit-unknown-extension", "crit-empty", "b64-false", "b64-false-without-crit",
    ];

    [Fact]
    public async Task A_good_ES256_token_launches_the_panel_and_is_audited()
    {
        using var browser = _factory.Browser();

        var response = await TestLaunchIssuer.LaunchAsync(browser, _cms.Sign(_cms.Claims(ChildId)));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var launch = Assert.Single(await _factory.AuditAsync(), r => r.Action == AuditActions.LaunchAccepted);
        Assert.Equal(("worker-1", TestLaunchIssuer.Cms, ChildId, false), (launch.Actor, launch.Cms, launch.ChildId, launch.Alert));
    }

    [Fact]
    public async Task A_launch_notes_the_workers_groups_so_reports_can_count_use_by_team()
    {
        using var browser = _factory.Browser();

        await TestLaunchIssuer.LaunchAsync(browser, _cms.Sign(_cms.Claims(ChildId)));

        var launch = Assert.Single(await _factory.AuditAsync(), r => r.Action == AuditActions.LaunchAccepted);
        Assert.Equal($$"""{"groups":["{{FamilyContext.Plugin.Demo.DemoLaunchKey.WorkersGroup}}"]}""", launch.Detail);
    }

    [Fact]
    public async Task A_good_RS256_token_launches_the_panel()
    {
        using var browser = _factory.Browser();

        var response = await TestLaunchIssuer.LaunchAsync(browser, _cms.Sign(_cms.Claims(ChildId), "RS256"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Attacks))]
    public async Task An_attack_token_is_refused_with_a_plain_page_audited_and_alerted(string attack)
    {
        using var browser = _factory.Browser();

        var response = await TestLaunchIssuer.LaunchAsync(browser, Token(attack));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.BadRequest, HttpStatusCode.Unauthorized });
        Assert.Contains("Family Context could not open", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        Assert.DoesNotContain(" at FamilyContext", body, StringComparison.Ordinal);
        Assert.Null(response.Headers.Location);
        var rejected = Assert.Single(await _factory.AuditAsync());
        Assert.Equal((AuditActions.LaunchRejected, AuditOutcomes.Rejected, true), (rejected.Action, rejected.Outcome, rejected.Alert));
        Assert.Null(rejected.Actor); // an unverified token's worker is never trusted, not even in the audit
    }

    [Fact]
    public async Task A_token_used_twice_is_refused_the_second_time()
    {
        using var browser = _factory.Browser();
        var token = _cms.Sign(_cms.Claims(ChildId));

        var first = await TestLaunchIssuer.LaunchAsync(browser, token);
        var second = await TestLaunchIssuer.LaunchAsync(browser, token);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, second.StatusCode);
        Assert.Contains("already been used", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(await _factory.AuditAsync(), r => r.Action == AuditActions.LaunchRejected && r.Detail == "replayed" && r.Alert);
    }

    [Fact]
    public async Task A_token_used_on_one_instance_is_refused_on_another_sharing_the_distributed_cache()
    {
        var shared = new MemoryDistributedCache(Options.Create(new MemoryDistributedCacheOptions()));
        using var first = new PluginFactory { ConfigureServices = s => s.AddSingleton<IDistributedCache>(shared) };
        using var second = new PluginFactory { ConfigureServices = s => s.AddSingleton<IDistributedCache>(shared) };
        using var cms = new TestLaunchIssuer(first);
        second.Settings[$"FamilyContext:Launch:Issuers:{TestLaunchIssuer.Cms}:Issuer"] = TestLaunchIssuer.Issuer;
        second.Settings[$"FamilyContext:Launch:Issuers:{TestLaunchIssuer.Cms}:JsonWebKeySet"] = cms.Jwks;
        first.Cms.Add(People.Person(ChildId, "Rowan", "Attackson", new DateOnly(2018, 3, 4)));
        second.Cms.Add(People.Person(ChildId, "Rowan", "Attackson", new DateOnly(2018, 3, 4)));
        var token = cms.Sign(cms.Claims(ChildId));

        using var one = first.Browser();
        using var two = second.Browser();
        var used = await TestLaunchIssuer.LaunchAsync(one, token);
        var replayed = await TestLaunchIssuer.LaunchAsync(two, token);

        Assert.Equal(HttpStatusCode.Redirect, used.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, replayed.StatusCode);
    }

    [Fact]
    public async Task A_token_posted_in_a_form_launches_like_one_in_the_query()
    {
        using var browser = _factory.Browser();
        using var form = new FormUrlEncodedContent([new("token", _cms.Sign(_cms.Claims(ChildId)))]);

        var response = await browser.PostAsync(new Uri($"/launch/{TestLaunchIssuer.Cms}", UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private string Token(string attack)
    {
        var claims = _cms.Claims(ChildId);
        var now = _factory.Time.GetUtcNow().ToUnixTimeSeconds();
        switch (attack)
        {
            case "tampered":
                var good = _cms.Sign(claims).Split('.');
                claims["child"] = "700002";
                return $"{good[0]}.{_cms.Sign(claims).Split('.')[1]}.{good[2]}";
            case "expired":
                (claims["iat"], claims["nbf"], claims["exp"]) = (now - 600, now - 600, now - 480);
                break;
            case "wrong-audience":
                claims["aud"] = "some-other-service";
                break;
            case "wrong-issuer":
                claims["iss"] = "urn:evil-cms";
                break;
            case "alg-none":
                return _cms.Sign(claims, "none");
            case "alg-none-no-signature":
                return _cms.Sign(claims, "none").TrimEnd('.');
            case "hmac-with-public-key-pem":
                return TestLaunchIssuer.SignHmac(claims, _cms.PublicKeyBytes().ElementAt(0));
            case "hmac-with-public-key-der":
                return TestLaunchIssuer.SignHmac(claims, _cms.PublicKeyBytes().ElementAt(1));
            case "hmac-with-jwks":
                return TestLaunchIssuer.SignHmac(claims, _cms.PublicKeyBytes().ElementAt(2), kid: "ec1");
            case "missing-sub":
            case "missing-child":
            case "missing-jti":
            case "missing-exp":
                claims.Remove(attack["missing-".Length..]);
                break;
            case "not-yet-valid":
                (claims["nbf"], claims["exp"]) = (now + 120, now + 240);
                break;
            case "lifetime-over-five-minutes":
                claims["exp"] = now + 3600;
                break;
            case "issued-in-the-future":
                (claims["iat"], claims["exp"]) = (now + 3000, now + 3100);
                break;
            case "unknown-key":
                using (var other = new TestLaunchIssuer(new PluginFactory()))
                {
                    other.Factory.Dispose();
                    return other.Sign(claims);
                }

            case "embedded-jwk":
                using (var attacker = new TestLaunchIssuer(new PluginFactory()))
                {
                    attacker.Factory.Dispose();
                    var jwk = JsonNode.Parse(attacker.Jwks)!["keys"]![0]!.DeepClone();
                    return attacker.Sign(claims, extraHeader: new JsonObject { ["jwk"] = jwk, ["jku"] = "https://evil.example/jwks" });
                }

            // RFC 7515 §4.1.11: a token naming a critical extension the recipient does not understand is invalid.
            case "crit-unknown-extension":
                return _cms.Sign(claims, extraHeader: new JsonObject { ["crit"] = new JsonArray("urn:example:must-understand"), ["urn:example:must-understand"] = 1 });
            case "crit-empty":
                return _cms.Sign(claims, extraHeader: new JsonObject { ["crit"] = new JsonArray() });
            // RFC 7797: an unencoded payload changes what was signed; this service does not support it.
            case "b64-false":
                return _cms.Sign(claims, extraHeader: new JsonObject { ["b64"] = false, ["crit"] = new JsonArray("b64") });
            case "b64-false-without-crit":
                return _cms.Sign(claims, extraHeader: new JsonObject { ["b64"] = false });
            case "child-not-an-id":
                claims["child"] = "' OR 1=1 --";
                break;
            case "garbage":
                return "not.a.jwt";
            case "empty":
                return "";
        }

        return _cms.Sign(claims);
    }

    public void Dispose()
    {
        _cms.Dispose();
        _factory.Dispose();
    }
}
