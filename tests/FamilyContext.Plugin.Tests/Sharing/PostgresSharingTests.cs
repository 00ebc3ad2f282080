using System.Net;
using FamilyContext.Plugin.Abstractions;
using FamilyContext.Plugin.Sharing;
using FamilyContext.Plugin.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyContext.Plugin.Tests.Sharing;

/// <summary>Two instances sharing PostgreSQL: a sharing rule set on one applies on the other at its next request.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresSharingTests(PostgresServer server)
{
    [Fact]
    public async Task A_sharing_rule_set_on_one_instance_applies_at_once_on_another()
    {
        var database = await server.CreateDatabaseAsync();
        using var one = Instance(database);
        using var other = Instance(database);
        var child = other.Cms.Add(People.Person("620001", "Ava", "Twinstance", other.Today.AddYears(-8)));
        // School: the child's age is within its rule.
        await other.Store.LoadAsync("school", other.Time.GetUtcNow(), People.Record("school", "S62", People.AsRecorded(child)));
        using var browser = other.Browser();
        var session = await other.LaunchAsync(browser, child.Id);
        var before = await browser.GetStringAsync(new Uri($"/panel/{session}", UriKind.Relative));

        await one.Services.GetRequiredService<ISharingRuleStore>().AddAsync(
            new SharingRule(0, "school", "education-liaison", false, "the schools' data protection officer", null, "ig-62", one.Time.GetUtcNow()), CancellationToken.None);
        var after = WebUtility.HtmlDecode(await browser.GetStringAsync(new Uri($"/panel/{session}", UriKind.Relative)));

        Assert.Contains("1 person is known to a service", before, StringComparison.Ordinal);
        Assert.Contains("Not shared with your team — ask the schools' data protection officer", after, StringComparison.Ordinal);
        Assert.DoesNotContain("1 person is known to a service", after, StringComparison.Ordinal);
    }

    private static PluginFactory Instance(string database)
    {
        var factory = new PluginFactory();
        factory.Settings["FamilyContext:Access:Provider"] = "PostgreSql";
        factory.Settings["FamilyContext:Access:ConnectionString"] = database;
        return factory;
    }
}
