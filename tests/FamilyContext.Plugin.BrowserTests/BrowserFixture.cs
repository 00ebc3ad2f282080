using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Playwright;

namespace FamilyContext.Plugin.BrowserTests;

/// <summary>
/// The real service on a free loopback port (Kestrel, real HTTP) with the demo council, and Debian's Chromium
/// driven by Playwright. Missing Chromium fails the tests with the command that installs it; nothing is skipped.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    private readonly string _folder = Directory.CreateTempSubdirectory("fc-browser-").FullName;
    private WebApplicationFactory<Program>? _factory;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = default!;

    public Uri BaseAddress { get; private set; } = default!;

    public IServiceProvider Services => _factory!.Services;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"Chromium is not installed at {ChromiumPath}. Install it with `sudo apt-get update && sudo apt-get install -y chromium`, or run scripts/test.sh, which installs every test prerequisite.");
        }

        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            // The demo's own settings: plain http on loopback, as `dotnet run` serves it.
            builder.UseEnvironment("Development");
            builder.UseSetting(WebHostDefaults.ServerUrlsKey, "http://127.0.0.1:0");
            builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["FamilyContext:Store:ConnectionString"] = $"Data Source={Path.Combine(_folder, "store.db")}",
                ["FamilyContext:Demo:CmsConnectionString"] = $"Data Source={Path.Combine(_folder, "demo-cms.db")}",
            }));
        });
        _factory.UseKestrel(0);
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
