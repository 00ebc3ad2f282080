using System.Net;
using FamilyContext.Plugin.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace FamilyContext.Plugin.Tests.Security;

/// <summary>Clickjacking, sniffing, referrer and transport headers, and what each cookie allows.</summary>
public sealed class HeadersAndCookiesTests : IDisposable
{
    private const string CmsOrigin = "https://mosaic.council.example";
    private readonly PluginFactory _factory = new();

    public HeadersAndCookiesTests()
    {
        _factory.Settings["FamilyContext:Security:FrameAncestors:0"] = CmsOrigin;
        _factory.Cms.Add(People.Person("760001", "Hedda", "Header", new DateOnly(2015, 5, 5)));
    }

    [Fact]
    public async Task The_panel_may_be_framed_only_by_the_configured_CMS_and_carries_no_inline_script_allowance()
    {
        using var browser = _factory.Browser();
        var session = await _factory.LaunchAsync(browser, "760001");

        var response = await browser.GetAsync(new Uri($"/panel/{session}", UriKind.Relative));

        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains($"frame-ancestors 'self' {CmsOrigin}", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    [Theory]
    [InlineData("/launch/demo?token=x")]
    [InlineData("/api/v1/panel/nothing")]
    [InlineData("/demo")]
    public async Task Panel_pages_may_be_framed_by_the_CMS_and_nobody_else(string path)
    {
        using var browser = _factory.Browser();

        var response = await browser.GetAsync(new Uri(path, UriKind.Relative));

        Assert.EndsWith($"frame-ancestors 'self' {CmsOrigin}", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/signin")]
    [InlineData("/find")]
    [InlineData("/admin/access")]
    [InlineData("/admin/audit/export.csv")]
    public async Task Staff_pages_may_not_be_framed_at_all_not_even_by_the_CMS(string path)
    {
        using var browser = _factory.Browser();

        var response = await browser.GetAsync(new Uri(path, UriKind.Relative));

        Assert.EndsWith("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }

    [Fact]
    public async Task HTTPS_responses_carry_HSTS_outside_development()
    {
        using var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://familycontext.council.example"), AllowAutoRedirect = false });

        var response = await client.GetAsync(new Uri("/demo", UriKind.Relative));

        Assert.Equal("max-age=31536000; includeSubDomains", response.Headers.GetValues("Strict-Transport-Security").Single());
    }

    [Fact]
    public async Task The_panel_binding_cookie_is_secure_http_only_host_only_and_cross_site_only_because_the_iframe_needs_it()
    {
        using var browser = _factory.Browser();
        var token = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
            .GetRequiredService<FamilyContext.Plugin.Demo.DemoLaunchKey>(_factory.Services).Mint("family-context", "demo-social-worker", "W", "760001");

        var response = await browser.GetAsync(new Uri($"/launch/demo?token={Uri.EscapeDataString(token)}", UriKind.Relative));

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Host-fc-browser=", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.Contains("secure", cookie, StringComparison.Ordinal);
        Assert.Contains("httponly", cookie, StringComparison.Ordinal);
        Assert.Contains("samesite=none", cookie, StringComparison.Ordinal);
        Assert.Contains("path=/", cookie, StringComparison.Ordinal);
        Assert.DoesNotContain("domain=", cookie, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_anti_forgery_cookie_is_secure_http_only_and_partitioned_so_it_reaches_the_panel_in_a_CMS_frame_only_under_that_CMS()
    {
        using var browser = _factory.Browser();

        var response = await browser.GetAsync(new Uri("/demo", UriKind.Relative));

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Host-fc-antiforgery", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.Contains("secure", cookie, StringComparison.Ordinal);
        Assert.Contains("httponly", cookie, StringComparison.Ordinal);
        // SameSite=None so it reaches the panel's frame on a CMS's site; Partitioned so only under that top-level site (docs/deployment.md).
        Assert.Contains("samesite=none", cookie, StringComparison.Ordinal);
        Assert.Contains("partitioned", cookie, StringComparison.Ordinal);
    }

    public void Dispose() => _factory.Dispose();
}
