using System.Globalization;
using System.Net;
using FamilyContext.Plugin.Audit;
using FamilyContext.Plugin.Demo;
using FamilyContext.Plugin.Tests.Support;

namespace FamilyContext.Plugin.Tests.Hosting;

/// <summary>
/// Staff sign-in through a real nginx that ends TLS, against the real OpenID provider: the framework's handler asks for an
/// https redirect_uri on the public host, its state, nonce and correlation cookies are <c>__Host-</c> cookies, and the
/// whole code flow (PKCE S256) completes.
/// </summary>
public sealed class SignInBehindTlsProxyTests : IAsyncLifetime
{
    private const string Host = "family-context.test";
    private readonly NginxProxy _nginx = new();
    private readonly PluginFactory _factory = new();
    private readonly int _servicePort = ExternalProcess.FreePort();
    private OidcProviderFixture _provider = null!;

    private string PublicCallback => $"https://{Host}:{_nginx.Port.ToString(CultureInfo.InvariantCulture)}/signin/callback";

    public async Task InitializeAsync()
    {
        _provider = OidcProviderFixture.For(PublicCallback);
        await _provider.InitializeAsync();
        _provider.Configure(_factory);
        // The provider signs with the real clock; the service must judge its tokens by the same clock.
        _factory.Time.Set(DateTimeOffset.UtcNow);
        _factory.Settings["AllowedHosts"] = Host;
        _factory.Settings["FamilyContext:Hosting:KnownProxies:0"] = NginxProxy.ProxyAddress;
        _factory.UseKestrel(_servicePort);
        _factory.StartServer();
        await _nginx.StartAsync(_servicePort);
    }

    public async Task DisposeAsync()
    {
        _nginx.Dispose();
        _factory.Dispose();
        await _provider.DisposeAsync();
    }

    [Fact]
    public async Task Signing_in_through_the_proxy_uses_the_https_callback_and_keeps_its_state_in_host_only_secure_cookies()
    {
        using var browser = _nginx.Client(Host);
        await _provider.NextLoginAsync("mgr-9", "Test Manager", ["manager"], [DemoLaunchKey.WorkersGroup]);

        var start = await browser.GetAsync(new Uri("/signin?returnUrl=%2Fadmin", UriKind.Relative));
        var cookies = start.Headers.GetValues("Set-Cookie").ToList();
        var callback = await _provider.AuthorizeAsync(start.Headers.Location!);
        var signedIn = await browser.GetAsync(new Uri(callback.PathAndQuery, UriKind.Relative));
        var admin = await browser.GetAsync(new Uri("/admin/access", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        // The request itself (redirect_uri, PKCE challenge, state, nonce) was pushed to the provider over the back channel
        // (PAR): the browser carries only its reference. The provider, which requires PKCE, accepted the https public callback.
        Assert.Contains("request_uri=", start.Headers.Location!.Query, StringComparison.Ordinal);
        Assert.StartsWith(PublicCallback + "?", callback.ToString(), StringComparison.Ordinal);
        Assert.Contains("state=", callback.Query, StringComparison.Ordinal);
        Assert.Equal(2, cookies.Count);
        Assert.All(cookies, c =>
        {
            Assert.StartsWith("__Host-fc-signin-", c, StringComparison.Ordinal);
            Assert.Contains("; secure", c, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("; path=/;", c + ";", StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("domain=", c, StringComparison.OrdinalIgnoreCase);
        });
        Assert.Equal((HttpStatusCode.Redirect, "/admin"), (signedIn.StatusCode, signedIn.Headers.Location?.OriginalString));
        Assert.Contains(signedIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("__Host-fc-staff", StringComparison.Ordinal));
        Assert.True(admin.StatusCode == HttpStatusCode.OK, $"{admin.StatusCode} {admin.Headers.Location}");
        Assert.Contains(await _factory.AuditAsync(), r => r.Action == AuditActions.SignedIn && r.Actor == "mgr-9" && r.Detail == "Manager");
    }
}
