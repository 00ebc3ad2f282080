using System.Net;
using FamilyContext.Plugin.Demo;
using FamilyContext.Plugin.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyContext.Plugin.Tests.Hosting;

/// <summary>
/// The service behind a real nginx that ends TLS: forwarded headers honoured from the configured proxy only, so the
/// request is https (HSTS, Secure cookies, the launch works), and the probes answer although addressed by IP.
/// </summary>
public sealed class BehindTlsProxyTests : IDisposable
{
    private const string Host = "family-context.test";
    private readonly NginxProxy _nginx = new();
    private readonly PluginFactory _factory = new() { UseDemoCms = true };
    private readonly int _servicePort = ExternalProcess.FreePort();

    public BehindTlsProxyTests()
    {
        _factory.Settings["AllowedHosts"] = Host;
        _factory.Settings["FamilyContext:Hosting:KnownProxies:0"] = NginxProxy.ProxyAddress;
        _factory.UseKestrel(_servicePort);
        _factory.StartServer();
    }

    public void Dispose()
    {
        _nginx.Dispose();
        _factory.Dispose();
    }

    [Fact]
    public async Task A_launch_through_the_proxy_is_https_with_hsts_and_a_secure_partitioned_binding_cookie()
    {
        await _nginx.StartAsync(_servicePort);
        using var browser = _nginx.Client(Host);
        var child = (await _factory.Services.GetRequiredService<DemoCmsDatabase>().ChildrenAsync(CancellationToken.None))[0].Id;
        var token = _factory.Services.GetRequiredService<DemoLaunchKey>().Mint("family-context", DemoCmsAdapter.SocialWorker, "Test worker", child);

        var launch = await browser.GetAsync(new Uri($"/launch/demo?token={Uri.EscapeDataString(token)}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, launch.StatusCode);
        var cookie = Assert.Single(launch.Headers.GetValues("Set-Cookie"), c => c.StartsWith("__Host-fc-browser=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("partitioned", cookie, StringComparison.OrdinalIgnoreCase);
        var panel = await browser.GetAsync(launch.Headers.Location);
        Assert.Equal(HttpStatusCode.OK, panel.StatusCode);
        Assert.True(panel.Headers.Contains("Strict-Transport-Security"), "HSTS should be sent: the request came over https to the proxy");
    }

    [Fact]
    public async Task Forwarded_headers_from_anyone_but_the_configured_proxy_are_ignored()
    {
        using var direct = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{_servicePort}") };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/health");
        request.Headers.Host = Host;
        request.Headers.Add("X-Forwarded-Proto", "https");

        var response = await direct.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"), "a forged X-Forwarded-Proto must not make the request https");
    }

    [Fact]
    public async Task The_probes_answer_when_addressed_by_IP_and_other_pages_for_an_unknown_host_are_refused()
    {
        await _nginx.StartAsync(_servicePort);
        using var byIp = _nginx.Client("10.1.2.3");

        Assert.Equal(HttpStatusCode.OK, (await byIp.GetAsync(new Uri("/health", UriKind.Relative))).StatusCode);
        var other = await byIp.GetAsync(new Uri("/demo", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, other.StatusCode);
        Assert.DoesNotContain("   at ", await other.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
