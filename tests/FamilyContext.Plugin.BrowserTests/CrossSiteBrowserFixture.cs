using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Playwright;

namespace FamilyContext.Plugin.BrowserTests;

/// <summary>
/// The real service over HTTPS on https://127.0.0.1 (a self-signed certificate made here), with the demo council,
/// a stand-in CMS on another site (https://localhost, its own small server) whose page frames the panel, and Chromium
/// blocking third-party cookies: the panel's frame is third-party, exactly as under a hosted CMS.
/// </summary>
public sealed class CrossSiteBrowserFixture : IAsyncLifetime
{

    private readonly string _folder = Directory.CreateTempSubdirectory("fc-cross-site-").FullName;
    private WebApplicationFactory<Program>? _factory;
    private WebApplication? _cms;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = default!;

    public Uri BaseAddress { get; private set; } = default!;

    /// <summary>The CMS's site: localhost, where the service is on 127.0.0.1 — two different sites.</summary>
    public Uri CmsAddress { get; private set; } = default!;

    /// <summary>The CMS's child record page, framing the panel at that launch address.</summary>
    public string CmsPage(string launchUrl) => new Uri(CmsAddress, "/child-record?panel=" + Uri.EscapeDataString(launchUrl)).ToString();

    public async Task InitializeAsync()
    {
        if (!File.Exists(BrowserFixture.ChromiumPath))
        {
            throw new InvalidOperationException(
                $"Chromium is not installed at {BrowserFixture.ChromiumPath}. Install it with `sudo apt-get update && sudo apt-get install -y chromium`, or run scripts/test.sh.");
        }

        var port = FreePort();
        BaseAddress = new Uri($"https://127.0.0.1:{port}");
        var certificate = SelfSignedCertificate();
        var cmsPort = FreePort();
        CmsAddress = new Uri($"https://localhost:{cmsPort}");
        var cms = WebApplication.CreateSlimBuilder();
        cms.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, cmsPort, listen => listen.UseHttps(certificate)));
        _cms = cms.Build();
        _cms.MapGet("/child-record", (string panel) => panel.StartsWith(BaseAddress.ToString(), StringComparison.Ordinal)
            ? Results.Content($"""
                <!DOCTYPE html><html lang="en"><head><title>Child record</title></head>
                <body><main><h1>Child record</h1>
                <iframe title="Family Context panel" src="{System.Net.WebUtility.HtmlEncode(panel)}" style="width:100%;height:700px"></iframe>
                </main></body></html>
                """, "text/html; charset=utf-8")
            : Results.BadRequest());
        await _cms.StartAsync();
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("FamilyContext:Audit:ConnectionString", $"Data Source={Path.Combine(_folder, "audit.db")}");
            builder.UseSetting("FamilyContext:Access:ConnectionString", $"Data Source={Path.Combine(_folder, "access.db")}");
            builder.UseSetting("FamilyContext:MatchReview:ConnectionString", $"Data Source={Path.Combine(_folder, "match-review.db")}");
            builder.UseSetting("FamilyContext:Security:FrameAncestors:0", CmsAddress.GetLeftPart(UriPartial.Authority));
            builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["FamilyContext:Store:ConnectionString"] = $"Data Source={Path.Combine(_folder, "store.db")}",
                ["FamilyContext:Demo:CmsConnectionString"] = $"Data Source={Path.Combine(_folder, "demo-cms.db")}",
                ["FamilyContext:Demo:UsageHistoryWeeks"] = "0",
            }));
        });
        _factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port, listen => listen.UseHttps(certificate)));
        _factory.StartServer();

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserFixture.ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-dev-shm-usage",
                // Chromium's switch that blocks third-party cookies, as Safari and Firefox already do and Chrome will.
                "--test-third-party-cookie-phaseout",
            ],
        });
    }

    /// <summary>A new browser context that accepts the fixture's self-signed certificate.</summary>
    public Task<IBrowserContext> NewContextAsync() => Browser.NewContextAsync(new BrowserNewContextOptions
    {
        IgnoreHTTPSErrors = true,
        ViewportSize = new ViewportSize { Width = 1366, Height = 768 },
    });

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        if (_cms is not null)
        {
            await _cms.DisposeAsync();
        }

        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean.
        }
    }

    private static int FreePort()
    {
        using var socket = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }

    private static X509Certificate2 SelfSignedCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        var now = DateTimeOffset.UtcNow;
        using var certificate = request.CreateSelfSigned(now.AddMinutes(-5), now.AddDays(1));
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pfx), null);
    }
}
