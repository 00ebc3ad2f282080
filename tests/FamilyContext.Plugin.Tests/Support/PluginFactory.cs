using System.Net;
using FamilyContext.Plugin.Abstractions;
using FamilyContext.Plugin.Audit;
using FamilyContext.Plugin.Demo;
using FamilyContext.Plugin.Hosting;
using FamilyContext.Plugin.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Logging;

namespace FamilyContext.Plugin.Tests.Support;

/// <summary>
/// The real service in memory, with its own temporary SQLite files, a small demo council, a clock the test
/// controls, and (unless <see cref="UseDemoCms"/>) a strict in-memory CMS the test fills.
/// </summary>
public sealed class PluginFactory : WebApplicationFactory<Program>
{
    private readonly string _folder = Directory.CreateTempSubdirectory("fc-test-").FullName;

    public ManualTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 21, 10, 0, 0, TimeSpan.Zero));

    public FakeCmsAdapter Cms { get; } = new();

    /// <summary>Read the generated demo CMS instead of <see cref="Cms"/>.</summary>
    public bool UseDemoCms { get; init; }

    /// <summary>The hosting environment the service runs in (Testing unless a test needs Development or Production).</summary>
    public string EnvironmentName { get; init; } = "Testing";

    /// <summary>Extra configuration, applied last.</summary>
    public Dictionary<string, string?> Settings { get; } = [];

    /// <summary>Extra service registrations, applied last.</summary>
    public Action<IServiceCollection>? ConfigureServices { get; init; }

    public DateOnly Today => DateOnly.FromDateTime(Time.GetUtcNow().UtcDateTime);

    public IRecordStore Store => Services.GetRequiredService<IRecordStore>();

    /// <summary>The store's SQLite connection string, for a test playing another process on the same file.</summary>
    public string StoreConnectionString => $"Data Source={Path.Combine(_folder, "store.db")}";

    /// <summary>Every log message the service wrote, to check that none holds personal data.</summary>
    public FakeLogCollector Logs { get; } = new();

    /// <summary>Where ingest reports are written and the Sources page reads them.</summary>
    public string ReportDirectory => Path.Combine(_folder, "ingest-reports");

    /// <summary>The audit trail's SQLite file, for tests that tamper with it.</summary>
    public string AuditDatabasePath => Path.Combine(_folder, "audit.db");

    /// <summary>The audit trail, newest first.</summary>
    public Task<IReadOnlyList<AuditRecord>> AuditAsync(AuditQuery? query = null) =>
        Services.GetRequiredService<IAuditStore>().SearchAsync(query ?? new AuditQuery(), CancellationToken.None);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        // UseSetting, not ConfigureAppConfiguration: the service reads some settings while registering its services,
        // before the factory's app configuration is applied.
        foreach (var (key, value) in AllSettings())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.AddProvider(new FakeLoggerProvider(Logs)));
        builder.ConfigureTestServices(ReplaceTestServices);
    }

    /// <summary>
    /// Starts the service as <c>Program</c> does, with this factory's settings but outside its deferred host, and returns what stopped
    /// start-up. (When start-up fails on the entry point's thread, the factory's deferred host can race the host's disposal and report
    /// a disposed service provider instead of the reason.)
    /// </summary>
    public Exception StartUpFailure() => Assert.ThrowsAny<Exception>(() =>
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing", ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseTestServer();
        builder.Configuration.AddInMemoryCollection(AllSettings());
        builder.Logging.AddProvider(new FakeLoggerProvider(Logs));
        builder.Services.AddFamilyContext(builder.Configuration, builder.Environment);
        ReplaceTestServices(builder.Services);
        using var app = builder.Build();
        app.UseFamilyContext();
        app.Start();
    });

    private IEnumerable<KeyValuePair<string, string?>> AllSettings()
    {
        var settings = new Dictionary<string, string?>
        {
            ["FamilyContext:Store:ConnectionString"] = StoreConnectionString,
            ["FamilyContext:Demo:CmsConnectionString"] = $"Data Source={Path.Combine(_folder, "demo-cms.db")}",
            ["FamilyContext:Demo:UsageHistoryWeeks"] = "0",
            ["FamilyContext:Demo:Households"] = "40",
            ["FamilyContext:Audit:ConnectionString"] = $"Data Source={AuditDatabasePath}",
            ["FamilyContext:Access:ConnectionString"] = $"Data Source={Path.Combine(_folder, "access.db")}",
            ["FamilyContext:MatchReview:ConnectionString"] = $"Data Source={Path.Combine(_folder, "match-review.db")}",
            ["FamilyContext:Ingest:ReportDirectory"] = ReportDirectory,
        };

        // Correctness tests must not race the sources' time budgets on a loaded machine; the budget itself has its own test.
        var budgets = new[] { "school", "housing", "police", "asc" }.ToDictionary(s => $"FamilyContext:Services:{s}:TimeBudget", _ => (string?)"00:00:30");
        // Later entries win, as they would from later configuration sources.
        return settings.Concat(budgets).Concat(Settings).GroupBy(p => p.Key, StringComparer.OrdinalIgnoreCase).Select(g => g.Last());
    }

    private void ReplaceTestServices(IServiceCollection services)
    {
        services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Time));
        if (!UseDemoCms)
        {
            services.Replace(ServiceDescriptor.Singleton<ICmsAdapter>(Cms));
        }

        ConfigureServices?.Invoke(services);
    }

    /// <summary>A client that keeps cookies, speaks https (cookies are Secure) and does not follow redirects.</summary>
    public HttpClient Browser() => CreateClient(new WebApplicationFactoryClientOptions
    {
        BaseAddress = new Uri("https://localhost"),
        AllowAutoRedirect = false,
        HandleCookies = true,
    });

    /// <summary>Launches the panel as the CMS would (the worker in <paramref name="groups"/>, by default the demo workers' group), and returns the session id from the redirect.</summary>
    public async Task<string> LaunchAsync(HttpClient browser, string childId, string worker = DemoCmsAdapter.SocialWorker, IReadOnlyList<string>? groups = null)
    {
        var token = Services.GetRequiredService<DemoLaunchKey>().Mint("family-context", worker, "Test worker", childId, groups: groups);
        var response = await browser.GetAsync(new Uri($"/launch/demo?token={Uri.EscapeDataString(token)}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/panel/", location, StringComparison.Ordinal);
        return location["/panel/".Length..];
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the file briefly; the temp folder is cleaned by the OS.
        }
    }
}
