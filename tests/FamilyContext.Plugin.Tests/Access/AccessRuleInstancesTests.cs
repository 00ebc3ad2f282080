using System.Net;
using Dapper;
using FamilyContext.Plugin.Access;
using FamilyContext.Plugin.Demo;
using FamilyContext.Plugin.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace FamilyContext.Plugin.Tests.Access;

/// <summary>
/// Two instances over one access rule database, SQLite file or PostgreSQL: each keeps the rules in memory, yet a rule
/// added or removed on one — or changed in the database itself — applies on the other at its next request.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class AccessRuleInstancesTests(PostgresServer server) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("fc-access-shared-").FullName;

    [Fact]
    public Task A_rule_added_and_removed_on_one_instance_applies_at_once_on_another_over_one_SQLite_file() =>
        AddedAndRemovedAsync("Sqlite", $"Data Source={Path.Combine(_folder, "access.db")}");

    [Fact]
    public async Task A_rule_added_and_removed_on_one_instance_applies_at_once_on_another_over_PostgreSql() =>
        await AddedAndRemovedAsync("PostgreSql", await server.CreateDatabaseAsync());

    [Fact]
    public async Task A_rule_removed_in_the_SQLite_file_itself_applies_at_once()
    {
        var database = $"Data Source={Path.Combine(_folder, "access.db")}";
        using var instance = Instance("Sqlite", database);
        var (browser, session) = await OpenPanelAsync(instance, "630101");
        using var _ = browser;
        await AddDenyAsync(instance);
        Assert.Equal(HttpStatusCode.Forbidden, await PanelStatusAsync(browser, session));

        await using (var connection = new SqliteConnection(database))
        {
            await connection.ExecuteAsync("DELETE FROM access_rule");
        }

        Assert.Equal(HttpStatusCode.OK, await PanelStatusAsync(browser, session));
    }

    [Fact]
    public async Task A_rule_added_in_the_PostgreSql_database_itself_applies_at_once()
    {
        var database = await server.CreateDatabaseAsync();
        using var instance = Instance("PostgreSql", database);
        var (browser, session) = await OpenPanelAsync(instance, "630201");
        using var _ = browser;

        await using (var connection = new NpgsqlConnection(database))
        {
            await connection.ExecuteAsync(
                "INSERT INTO access_rule (kind, subject, effect, note, created_by, created_at) VALUES ('User', @worker, 'Deny', NULL, 'dba', '2026-11-21T10:00:00.0000000+00:00')",
                new { worker = DemoCmsAdapter.SocialWorker });
        }

        Assert.Equal(HttpStatusCode.Forbidden, await PanelStatusAsync(browser, session));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private static async Task AddedAndRemovedAsync(string provider, string database)
    {
        using var one = Instance(provider, database);
        using var other = Instance(provider, database);
        var (browser, session) = await OpenPanelAsync(other, "630001");
        using var _ = browser;

        var deny = await AddDenyAsync(one);
        var refused = await PanelStatusAsync(browser, session);
        await one.Services.GetRequiredService<IAccessRuleStore>().RemoveAsync(deny.Id, CancellationToken.None);
        var allowed = await PanelStatusAsync(browser, session);

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.OK), (refused, allowed));
    }

    // A panel shown once first, so the instance holds the rules in memory before they change.
    private static async Task<(HttpClient Browser, string Session)> OpenPanelAsync(PluginFactory instance, string childId)
    {
        var child = instance.Cms.Add(People.Person(childId, "Ava", "Twinrule", instance.Today.AddYears(-8)));
        var browser = instance.Browser();
        var session = await instance.LaunchAsync(browser, child.Id);
        Assert.Equal(HttpStatusCode.OK, await PanelStatusAsync(browser, session));
        return (browser, session);
    }

    private static Task<AccessRule> AddDenyAsync(PluginFactory instance) =>
        instance.Services.GetRequiredService<IAccessRuleStore>().AddAsync(
            AccessSubjectKind.User, DemoCmsAdapter.SocialWorker, AccessEffect.Deny, null, "mgr-63", instance.Time.GetUtcNow(), CancellationToken.None);

    private static async Task<HttpStatusCode> PanelStatusAsync(HttpClient browser, string session)
    {
        using var response = await browser.GetAsync(new Uri($"/api/v1/panel/{session}", UriKind.Relative));
        return response.StatusCode;
    }

    private static PluginFactory Instance(string provider, string database)
    {
        var factory = new PluginFactory();
        factory.Settings["FamilyContext:Access:Provider"] = provider;
        factory.Settings["FamilyContext:Access:ConnectionString"] = database;
        return factory;
    }
}
