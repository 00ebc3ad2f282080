using FamilyContext.Plugin.Abstractions;
using FamilyContext.Plugin.Demo;
using FamilyContext.Plugin.Hosting;
using FamilyContext.Plugin.Lookup;
using FamilyContext.Plugin.Services;
using FamilyContext.Plugin.Store;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FamilyContext.Benchmarks;

/// <summary>
/// The real service on a loopback port with the production pipeline, a CMS holding one child linked to ten
/// people aged 19 (so all four services are checked for each), every source delayed, and a launched panel session.
/// </summary>
internal sealed class PanelHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _folder;

    private PanelHost(WebApplication app, string folder, string cookie, string panelPath, BenchCms cms)
    {
        _app = app;
        _folder = folder;
        Cookie = cookie;
        PanelPath = panelPath;
        Cms = cms;
    }

    public BenchCms Cms { get; }

    public string Cookie { get; }

    public string PanelPath { get; }

    public Uri Url(string path) => new(new Uri(_app.Urls.First()), path);

    public static async Task<PanelHost> StartAsync(bool cacheEnabled, TimeSpan sourceDelay, int relatives = 10)
    {
        var folder = Directory.CreateTempSubdirectory("fc-bench-").FullName;
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Benchmark", ContentRootPath = folder });
        builder.Configuration.AddJsonFile(PluginSettings(), optional: false).AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Urls"] = "http://127.0.0.1:0",
            ["Logging:LogLevel:Default"] = "Warning",
            ["FamilyContext:Store:ConnectionString"] = $"Data Source={Path.Combine(folder, "store.db")}",
            ["FamilyContext:Demo:CmsConnectionString"] = $"Data Source={Path.Combine(folder, "demo-cms.db")}",
            ["FamilyContext:Demo:UsageHistoryWeeks"] = "0",
            ["FamilyContext:Demo:Households"] = "5",
            ["FamilyContext:Cache:Enabled"] = cacheEnabled ? "true" : "false",
            // The load run measures throughput from one worker; the per-worker limit (120 a minute) would refuse almost every request.
            ["FamilyContext:RateLimits:WorkerRequestsPerMinute"] = int.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        var cms = new BenchCms(relatives);
        builder.Services.AddFamilyContext(builder.Configuration, builder.Environment);
        builder.Services.Replace(ServiceDescriptor.Singleton<ICmsAdapter>(cms));
        builder.Services.AddKeyedSingleton<IInvolvementSource>(SourceKinds.Local, (sp, _) =>
            new DelayedSource(new LocalStoreSource(sp.GetRequiredService<IRecordStore>()), sourceDelay));

        var app = builder.Build();
        app.UseFamilyContext();
        app.MapGet("/bench/ping", () => "ok");
        await app.StartAsync();
        await LoadAsync(app.Services, cms);

        var (cookie, session) = await LaunchAsync(app, cms.Child.Id);
        return new PanelHost(app, folder, cookie, $"/api/v1/panel/{session}", cms);
    }

    /// <summary>One request, so the warm run starts with every answer cached.</summary>
    public async Task WarmAsync()
    {
        using var client = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, Url(PanelPath));
        request.Headers.Add("Cookie", Cookie);
        (await client.SendAsync(request)).EnsureSuccessStatusCode();
    }

    private static async Task LoadAsync(IServiceProvider services, BenchCms cms)
    {
        var store = services.GetRequiredService<IRecordStore>();
        var now = DateTimeOffset.UtcNow;
        foreach (var service in services.GetRequiredService<ServiceCatalogue>().All)
        {
            var records = cms.Relatives.Select((p, i) => new ServiceRecord(service.Id, $"R{i}",
                    new RecordPerson(p.FirstName, p.FamilyName, p.DateOfBirth, p.Gender, p.Address?.Line1, p.Address?.Postcode, null, null, null, null),
                    Involvement.Current, null, null, new Practitioner("Bench Practitioner", "Worker", "Bench", "0161 496 0000", null), []))
                .Concat(StoreTiming.Records(service.Id, 2_000, seed: 7));
            await store.ReplaceServiceAsync(new SourceMetadata(service.Id, now, null, null, "Bench", "Bench extract", now, 0), records, CancellationToken.None);
        }
    }

    private static async Task<(string Cookie, string Session)> LaunchAsync(WebApplication app, string childId)
    {
        var token = app.Services.GetRequiredService<DemoLaunchKey>().Mint("family-context", DemoCmsAdapter.SocialWorker, "Bench worker", childId);
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false });
        var response = await client.GetAsync(new Uri(new Uri(app.Urls.First()), $"/launch/demo?token={Uri.EscapeDataString(token)}"));
        var location = response.Headers.Location?.OriginalString ?? throw new InvalidOperationException($"Launch failed: {(int)response.StatusCode}");
        var cookie = response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Single(c => c.StartsWith("__Host-fc-browser=", StringComparison.Ordinal));
        return (cookie, location["/panel/".Length..]);
    }

    private static string PluginSettings()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var file = Path.Combine(folder.FullName, "FamilyContext.Plugin", "appsettings.json");
            if (File.Exists(file))
            {
                return file;
            }
        }

        throw new InvalidOperationException("FamilyContext.Plugin/appsettings.json not found above the benchmark's folder.");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
