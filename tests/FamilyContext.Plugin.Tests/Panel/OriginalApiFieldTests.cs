using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FamilyContext.Plugin.Abstractions;
using FamilyContext.Plugin.Tests.Support;

namespace FamilyContext.Plugin.Tests.Panel;

/// <summary>A record from a remote Family Context API, in the original API's own field names, shown in the expanded view.</summary>
public sealed class OriginalApiFieldTests : IAsyncLifetime
{
    private readonly RemoteApiServer _remote = new();
    private PluginFactory _factory = null!;

    public async Task InitializeAsync()
    {
        await _remote.StartAsync();
        _factory = new PluginFactory();
        _factory.Settings["FamilyContext:Services:police:Source"] = "Remote";
        _factory.Settings["FamilyContext:Services:asc:Source"] = "Remote";
        _factory.Settings["FamilyContext:Remote:BaseUrl"] = _remote.BaseUrl.ToString();
        _factory.Settings["FamilyContext:Remote:BearerToken"] = RemoteApiServer.Token;
    }

    private async Task<string> DetailAsync(string service, JsonObject data)
    {
        var child = _factory.Cms.Add(People.Person("500001", "Ava", "Testwell", _factory.Today.AddYears(-8)));
        var mother = People.Person("500002", "Jess", "Testwell", new DateOnly(1993, 4, 2));
        _factory.Cms.Link(child.Id, mother, RelationshipType.Parent, "Mother : Daughter");
        _remote.Add("r1", "Jess", "Testwell", "1993-04-02", "1 Test Street, Stockport, SK4 2AB", new() { [service] = data });
        using var browser = _factory.Browser();
        var session = await _factory.LaunchAsync(browser, child.Id);
        return await browser.GetStringAsync(new Uri($"/panel/{session}/people/{mother.Id}/services/{service}", UriKind.Relative));
    }

    private static string Value(string html, string label) =>
        Regex.Match(html, $@"{Regex.Escape(label)}</dt>\s*<dd class=""govuk-summary-list__value"">\s*(.*?)\s*</dd>", RegexOptions.Singleline) is { Success: true } m
            ? m.Groups[1].Value
            : throw new Xunit.Sdk.XunitException($"No row labelled {label}");

    [Fact]
    public async Task Police_offences_in_the_original_API_s_field_names_are_shown_as_a_table()
    {
        var html = await DetailAsync("police", new JsonObject
        {
            ["serviceInvolvement"] = "current",
            ["policeArea"] = "Remote area",
            ["safeGuardingOffences"] = new JsonArray(new JsonObject
            {
                ["dateOfOffence"] = "2025-06-01", ["typeOfOffence"] = "Violence with injury", ["natureOfInvolvement"] = "Suspect",
            }),
            ["nonSafeGuardingOffences"] = new JsonArray(),
        });

        Assert.Contains("<td class=\"govuk-table__cell\">1 June 2025</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"govuk-table__cell\">Violence with injury</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"govuk-table__cell\">Suspect</td>", html, StringComparison.Ordinal);
        Assert.Equal("No", Value(html, "Any non-safeguarding offences"));
    }

    [Theory]
    [InlineData("[{\"recordsFound\":\"Yes\"}]", "Yes")]
    [InlineData("[{\"recordsFound\":\"No\"}]", "No")]
    [InlineData("true", "Yes")]
    [InlineData("false", "No")]
    [InlineData("\"No\"", "No")]
    public async Task A_yes_or_no_field_sent_as_a_list_or_a_boolean_reads_Yes_or_No(string json, string shown)
    {
        var html = await DetailAsync("police", new JsonObject { ["serviceInvolvement"] = "current", ["nonSafeGuardingOffences"] = JsonNode.Parse(json) });

        Assert.Equal(shown, Value(html, "Any non-safeguarding offences"));
    }

    [Fact]
    public async Task Adult_social_care_fields_in_the_original_API_s_names_are_shown_not_Not_recorded()
    {
        var html = await DetailAsync("asc", new JsonObject
        {
            ["serviceInvolvement"] = "current",
            ["localAuthorityOrganisation"] = "Remote Council",
            ["startDateOfLastInvolvement"] = "2024-02-03",
            ["dateOfMostRecentInteraction"] = "2026-10-04",
        });

        Assert.Equal("Remote Council", Value(html, "Local authority"));
        Assert.Equal("3 February 2024", Value(html, "Start of last involvement"));
        Assert.Equal("4 October 2026", Value(html, "Most recent interaction"));
    }

    public async Task DisposeAsync()
    {
        _factory.Dispose();
        await _remote.DisposeAsync();
    }
}
