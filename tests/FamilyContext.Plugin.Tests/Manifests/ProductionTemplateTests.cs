using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using FamilyContext.CmsSimulators;
using FamilyContext.Plugin.Tests.Support;
using Microsoft.Extensions.Configuration;

namespace FamilyContext.Plugin.Tests.Manifests;

/// <summary>
/// The production settings template in manifests/deploy starts a service that works: the Mosaic simulator over HTTP,
/// a real PostgreSQL for the store, audit trail and access rules, a real Redis, a CMS launch, and the demo off.
/// Only the secrets the template leaves empty, and the hosts, are supplied by the test.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class ProductionTemplateTests(PostgresServer postgres) : IAsyncLifetime
{
    private readonly RedisServer _redis = new();
    private MosaicSimulator? _mosaic;

    public async Task InitializeAsync()
    {
        await _redis.StartAsync();
        _mosaic = await MosaicSimulator.StartNewAsync();
    }

    public async Task DisposeAsync()
    {
        _redis.Dispose();
        if (_mosaic is not null)
        {
            await _mosaic.DisposeAsync();
        }
    }

    [Fact]
    public async Task The_production_template_starts_with_its_secrets_supplied_and_opens_a_Mosaic_child_launched_by_the_CMS()
    {
        using var factory = new PluginFactory { UseDemoCms = true };
        foreach (var (key, value) in Template())
        {
            factory.Settings[key] = value;
        }

        var database = await postgres.CreateDatabaseAsync();
        using var issuer = new TestLaunchIssuer(factory);
        factory.Settings["AllowedHosts"] = "localhost";
        factory.Settings["FamilyContext:Cms:Mosaic:BaseUrl"] = _mosaic!.BaseUrl.ToString();
        factory.Settings["FamilyContext:Cms:Mosaic:TokenUrl"] = _mosaic.TokenUrl.ToString();
        factory.Settings["FamilyContext:Cms:Mosaic:ClientId"] = _mosaic.ClientId;
        factory.Settings["FamilyContext:Cms:Mosaic:ClientSecret"] = _mosaic.ClientSecret;
        factory.Settings["FamilyContext:Store:ConnectionString"] = database;
        factory.Settings["FamilyContext:Audit:ConnectionString"] = database;
        factory.Settings["FamilyContext:Access:ConnectionString"] = database;
        factory.Settings["FamilyContext:MatchReview:ConnectionString"] = database;
        factory.Settings["FamilyContext:Cache:Redis"] = _redis.ConnectionString;
        factory.Settings["FamilyContext:Launch:Issuers:mosaic:Issuer"] = TestLaunchIssuer.Issuer;
        factory.Settings["FamilyContext:Launch:Issuers:mosaic:JsonWebKeySet"] = issuer.Jwks;
        using var browser = factory.Browser();

        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(new Uri("/health", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync(new Uri("/demo", UriKind.Relative))).StatusCode);

        var claims = issuer.Claims(SeedFamily.Child, worker: SeedFamily.PlainWorker);
        claims["groups"] = new JsonArray("childrens-social-care");
        var launch = await browser.GetAsync(new Uri($"/launch/mosaic?token={Uri.EscapeDataString(issuer.Sign(claims))}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, launch.StatusCode);
        var panel = await browser.GetAsync(new Uri("/api/v1" + launch.Headers.Location!.OriginalString, UriKind.Relative));
        var body = await panel.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, panel.StatusCode);
        using var json = JsonDocument.Parse(body);
        Assert.Equal(SeedFamily.Child, json.RootElement.GetProperty("childId").GetString());
        Assert.Contains(json.RootElement.GetProperty("people").EnumerateArray(), p => p.GetProperty("personId").GetString() == SeedFamily.Mother);
        Assert.True(await _redis.KeyCountAsync() > 0, "the launch and the session should be held in Redis");
    }

    [Fact]
    public void The_template_leaves_every_secret_empty_so_none_is_ever_committed()
    {
        var template = Template();

        foreach (var secret in new[]
                 {
                     "FamilyContext:Cms:Mosaic:ClientSecret", "FamilyContext:Store:ConnectionString", "FamilyContext:Audit:ConnectionString",
                     "FamilyContext:Access:ConnectionString", "FamilyContext:MatchReview:ConnectionString", "FamilyContext:Cache:Redis",
                 })
        {
            Assert.True(template.ContainsKey(secret), $"{secret} should be in the template, empty");
            Assert.Equal("", template[secret]);
        }

        Assert.Equal("False", template["FamilyContext:Demo:Enabled"], ignoreCase: true);
    }

    private static Dictionary<string, string?> Template()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "FamilyContext.sln")))
        {
            folder = folder.Parent;
        }

        Assert.NotNull(folder);
        return new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(folder.FullName, "manifests", "deploy", "appsettings.Production.json"))
            .Build()
            .AsEnumerable()
            .Where(kv => kv.Value is not null)
            .ToDictionary(kv => kv.Key, kv => kv.Value);
    }
}
