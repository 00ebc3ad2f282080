using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Playwright;

namespace FamilyContext.Plugin.BrowserTests;

/// <summary>
/// The real service on a free loopback port (Kestrel, real HTTP) with the demo council, and Debian's Chromium
/// driven by Playwright. Missing Chromium fails the tests with the command that installs it; nothing is skipped.
/// </summary>
public class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    private readonly string _folder = Directory.CreateTempSubdirectory("fc-browser-").FullName;
    private WebApplicationFactory<Program>? _factory;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = default!;

    public Uri BaseAddress { get; private set; } = default!;

    public IServiceProvider Services => _factory!.Services;

    /// <summary>Runs before the service starts, knowing its address; returns extra settings for it.</summary>
    protected virtual Task<IReadOnlyDictionary<string, string?>> BeforeStartAsync(Uri baseAddress) =>
        Task.FromResult<IReadOnlyDictionary<string, string?>>(new Dictionary<string, string?>());

    private static int FreePort()
    {
        using var socket = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        socket.Start();
        return ((System.Net.IPEndPoint)socket.LocalEndpoint).Port;
    }

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"Chromium is not installed at {ChromiumPath}. Install it with `sudo apt-get update && sudo apt-get install -y chromium`, or run scripts/test.sh, which installs every test prerequisite.");
        }

        var port = FreePort();
        var extra = await BeforeStartAsync(new Uri($"http://localhost:{port}"));
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            // The demo's own settings: plain http on loopback, as `dotnet run` serves it.
            builder.UseEnvironment("Development");
            builder.UseSetting(WebHostDefaults.ServerUrlsKey, $"http://127.0.0.1:{port}");
            // Read while services are registered, so set early: the audit trail and access rules in the test's own folder.
            builder.UseSetting("FamilyContext:Audit:ConnectionString", $"Data Source={Path.Combine(_folder, "audit.db")}");
            builder.UseSetting("FamilyContext:Access:ConnectionString", $"Data Source={Path.Combine(_folder, "access.db")}");
            builder.UseSetting("FamilyContext:MatchReview:ConnectionString", $"Data Source={Path.Combine(_folder, "match-review.db")}");
            builder.UseSetting("FamilyContext:Ingest:ReportDirectory", Path.Combine(_folder, "ingest-reports"));
            foreach (var (key, value) in extra)
            {
                builder.UseSetting(key, value);
            }

            builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["FamilyContext:Store:ConnectionString"] = $"Data Source={Path.Combine(_folder, "store.db")}",
                ["FamilyContext:Demo:CmsConnectionString"] = $"Data Source={Path.Combine(_folder, "demo-cms.db")}",
                ["FamilyContext:Demo:UsageHistoryWeeks"] = "0",
            }));
        });
        _factory.UseKestrel(port);
        _factory.StartServer();
        var address = _factory.ClientOptions.BaseAddress;
        BaseAddress = new UriBuilder(address) { Host = "localhost" }.Uri;

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-dev-shm-usage"],
        });
    }

    public virtual async Task DisposeAsync()
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

        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean.
        }
    }
}
