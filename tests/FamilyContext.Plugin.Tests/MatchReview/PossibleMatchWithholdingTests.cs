using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using FamilyContext.Plugin.Abstractions;
using FamilyContext.Plugin.Services;
using FamilyContext.Plugin.Store;
using FamilyContext.Plugin.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyContext.Plugin.Tests.MatchReview;

/// <summary>
/// A possible match may be another person's record: every view of it — the detail page, the JSON API, the original
/// API, the closed view — shows who to ask and how it matched, and nothing the record says. Checked for every
/// configured field of every configured service.
/// </summary>
public sealed class PossibleMatchWithholdingTests : IDisposable
{
    private const string Key = "withholding-test-key";
    private const string Leak = "LEAKED";
    private static readonly DateOnly FieldDate = new(1997, 7, 7);
    private static readonly DateOnly Started = new(1998, 8, 8);
    private static readonly DateOnly Ended = new(1999, 9, 9);

    private readonly PluginFactory _factory = new();
    private readonly CmsPerson _child;
    private readonly CmsPerson _namesake;

    public PossibleMatchWithholdingTests()
    {
        _factory.Settings["FamilyContext:OriginalApi:Enabled"] = "true";
        _factory.Settings["FamilyContext:OriginalApi:Clients:withholding:KeySha256"] = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Key)));
        _child = _factory.Cms.Add(People.Person("810001", "Ava", "Ahmed", _factory.Today.AddYears(-8)));
        // 19: every default age rule checks them (school up to 20, police from 18).
        _namesake = People.Person("810002", "Theodore", "Ahmed", _factory.Today.AddYears(-19).AddDays(-40), Gender.Male);
        _factory.Cms.Link(_child.Id, _namesake, RelationshipType.Sibling, "Brother : Sister");
    }

    private ServiceCatalogue Catalogue => _factory.Services.GetRequiredService<ServiceCatalogue>();

    /// <summary>The same name and date of birth at another address: a possible match, with a distinctive value in every field.</summary>
    private async Task LoadPossibleMatchesAsync()
    {
        foreach (var service in Catalogue.All)
        {
            var details = new JsonObject();
            foreach (var field in service.Fields)
            {
                details[field.Key] = field.Kind switch
                {
                    FieldKind.Table => new JsonArray(new JsonObject(field.Columns.Select(c => c.Split(':')[0])
                        .Select(c => KeyValuePair.Create(c, (JsonNode?)JsonValue.Create($"{Leak}-{service.Id}-{field.Key}-{c}"))))),
                    FieldKind.Date => FieldDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    _ => $"{Leak}-{service.Id}-{field.Key}",
                };
            }

            var recorded = People.AsRecorded(_namesake) with { AddressLine = $"{Leak} Far Away Road", Postcode = "M1 1AE" };
            var record = new ServiceRecord(service.Id, $"{service.Id}-R1", recorded, Involvement.Historic, Started, Ended,
                new Practitioner("Pat Checker", $"{Leak} role", "Checking Organisation", "0161 496 0999", "pat.checker@example.org"), details);
            await _factory.Store.LoadAsync(service.Id, _factory.Time.GetUtcNow(), record);
        }
    }

    private static void AssertNothingOfTheRecord(string body, string where)
    {
        string[] forbidden =
        [
            Leak, "Far Away", "M1 1AE",
            .. new[] { FieldDate, Started, Ended }.SelectMany(d => new[] { d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), d.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB")) }),
            "historic", "Historic",
        ];
        foreach (var text in forbidden)
        {
            Assert.False(body.Contains(text, StringComparison.Ordinal), $"{where} shows \"{text}\" of a possible match: {body}");
        }
    }

    [Fact]
    public async Task The_detail_page_of_a_possible_match_shows_who_to_ask_and_the_evidence_but_nothing_the_record_says_for_every_service()
    {
        await LoadPossibleMatchesAsync();
        using var browser = _factory.Browser();
        var session = await _factory.LaunchAsync(browser, _child.Id);

        foreach (var service in Catalogue.All)
        {
            var response = await browser.GetAsync(new Uri($"/panel/{session}/people/{_namesake.Id}/services/{service.Id}", UriKind.Relative));

            var html = await response.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("Possible match", html, StringComparison.Ordinal);
            Assert.Contains("Pat Checker", html, StringComparison.Ordinal);
            Assert.Contains("Checking Organisation", html, StringComparison.Ordinal);
            Assert.Contains("href=\"tel:01614960999\"", html, StringComparison.Ordinal);
            Assert.Contains("href=\"mailto:pat.checker@example.org\"", html, StringComparison.Ordinal);
            Assert.Contains("Details that do not agree", html, StringComparison.Ordinal);
            Assert.Contains("withheld until the match is confirmed", html, StringComparison.Ordinal);
            Assert.Contains("date of birth, address and any other names", html, StringComparison.Ordinal);
            AssertNothingOfTheRecord(html, $"{service.Id} detail page");
        }
    }

    [Fact]
    public async Task The_JSON_detail_and_closed_view_of_a_possible_match_hold_nothing_the_record_says_for_every_service()
    {
        await LoadPossibleMatchesAsync();
        using var browser = _factory.Browser();
        var session = await _factory.LaunchAsync(browser, _child.Id);

        foreach (var service in Catalogue.All)
        {
            var json = await browser.GetStringAsync(new Uri($"/api/v1/panel/{session}/people/{_namesake.Id}/services/{service.Id}", UriKind.Relative));

            Assert.Contains("\"state\":\"PossibleMatch\"", json, StringComparison.Ordinal);
            Assert.Contains("pat.checker@example.org", json, StringComparison.Ordinal);
            Assert.Contains("\"contentWithheld\":\"The details of this record are withheld", json, StringComparison.Ordinal);
            AssertNothingOfTheRecord(json, $"{service.Id} JSON detail");
        }

        AssertNothingOfTheRecord(await browser.GetStringAsync(new Uri($"/api/v1/panel/{session}", UriKind.Relative)), "JSON closed view");
        AssertNothingOfTheRecord(await browser.GetStringAsync(new Uri($"/panel/{session}", UriKind.Relative)), "closed view");
    }

    [Fact]
    public async Task The_original_API_withholds_a_possible_matchs_content_and_says_so_for_every_service()
    {
        await LoadPossibleMatchesAsync();
        using var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Key);

        foreach (var service in Catalogue.All)
        {
            var response = await client.GetAsync(new Uri($"/api/person/detail/{_namesake.Id}/service/{service.Id}", UriKind.Relative));

            var body = await response.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var data = JsonNode.Parse(body)!["data"]!.AsObject();
            Assert.Equal("possible", (string?)data["matchConfidence"]);
            Assert.Equal("pat.checker@example.org", (string?)data["contact"]?["email"]);
            Assert.StartsWith("The details of this record are withheld", (string?)data["contentWithheld"], StringComparison.Ordinal);
            Assert.Equal(["matchConfidence", "matchEvidence", "contentWithheld", "contact"], data.Select(kv => kv.Key));
            AssertNothingOfTheRecord(data.ToJsonString(), $"{service.Id} original API detail");
        }

        AssertNothingOfTheRecord(await client.GetStringAsync(new Uri($"/api/person/detail/{_namesake.Id}/service", UriKind.Relative)), "original API summaries");
    }

    [Fact]
    public async Task A_confirmed_match_still_shows_the_whole_record()
    {
        var mother = People.Person("810003", "Jess", "Ahmed", _factory.Today.AddYears(-33));
        _factory.Cms.Link(_child.Id, mother, RelationshipType.Parent, "Mother : Daughter");
        await _factory.Store.LoadAsync("housing", _factory.Time.GetUtcNow(), People.Record("housing", "H1", People.AsRecorded(mother),
            details: new JsonObject { ["housingAssociation"] = "Confirmed Homes" }));
        using var browser = _factory.Browser();
        var session = await _factory.LaunchAsync(browser, _child.Id);

        var html = await browser.GetStringAsync(new Uri($"/panel/{session}/people/{mother.Id}/services/housing", UriKind.Relative));

        Assert.Contains("Confirmed Homes", html, StringComparison.Ordinal);
        Assert.Contains("Case worker", html, StringComparison.Ordinal);
        Assert.DoesNotContain("withheld", html, StringComparison.Ordinal);
    }

    public void Dispose() => _factory.Dispose();
}
