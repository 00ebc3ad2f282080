using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using FamilyContext.Plugin.Abstractions;
using FamilyContext.Plugin.Audit;
using FamilyContext.Plugin.Demo;
using FamilyContext.Plugin.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyContext.Plugin.Tests.OriginalApi;

/// <summary>The original API audits every answer that shows family data (client, CMS, person, service) before giving it, and shows nothing when it cannot.</summary>
public sealed class OriginalApiAuditTests : IDisposable
{
    private const string Key = "audit-test-client-key";
    private const string ClientName = "reference-ui";
    private const string ChildId = "840001";
    private const string MotherId = "840002";
    private const string HiddenId = "840003";
    private readonly FailingAuditStore _store = new();
    private readonly PluginFactory _factory;

    public OriginalApiAuditTests()
    {
        _factory = Enabled(new PluginFactory { ConfigureServices = s => s.AddSingleton<IAuditStore>(_store) });
        var child = _factory.Cms.Add(People.Person(ChildId, "Orla", "Auditwell", new DateOnly(2018, 3, 4)));
        _factory.Cms.Link(child.Id, People.Person(MotherId, "Maeve", "Auditwell", new DateOnly(1989, 6, 7)), RelationshipType.Parent, "Mother : Daughter");
        _factory.Cms.Link(child.Id, People.Person(HiddenId, "Hidden", "Auditwell", new DateOnly(1980, 1, 1), restricted: true), RelationshipType.Other, "In contact with");
    }

    public static TheoryData<string, string, string, string?> PersonCalls => new()
    {
        { $"/api/person/detail/{MotherId}", AuditActions.ApiPersonShown, MotherId, null },
        { $"/api/person/detail/{MotherId}/service", AuditActions.ApiServicesShown, MotherId, null },
        { $"/api/person/detail/{MotherId}/service/police", AuditActions.ApiServiceDetailShown, MotherId, "police" },
        { $"/api/person/related/{ChildId}/", AuditActions.ApiRelatedShown, ChildId, null },
    };

    private static PluginFactory Enabled(PluginFactory factory)
    {
        factory.Settings["FamilyContext:OriginalApi:Enabled"] = "true";
        factory.Settings[$"FamilyContext:OriginalApi:Clients:{ClientName}:KeySha256"] = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Key)));
        return factory;
    }

    private static HttpClient Client(PluginFactory factory)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Key);
        return client;
    }

    private static void HasNoNames(AuditRecord record)
    {
        foreach (var personal in new[] { "Orla", "Maeve", "Hidden", "Auditwell", "2018-03-04", "1989-06-07" })
        {
            Assert.DoesNotContain(personal, record.Detail ?? "", StringComparison.OrdinalIgnoreCase);
        }
    }

    [Theory]
    [MemberData(nameof(PersonCalls))]
    public async Task Each_person_call_records_the_client_the_CMS_the_person_and_the_service(string path, string action, string personId, string? serviceId)
    {
        using var client = Client(_factory);

        var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var record = Assert.Single(await _factory.AuditAsync(), r => r.Action == action);
        Assert.Equal((AuditOutcomes.Allowed, ClientName, "demo", personId, serviceId, _factory.Time.GetUtcNow()),
            (record.Outcome, record.Actor, record.Cms, record.PersonId, record.ServiceId, record.At));
        HasNoNames(record);
    }

    [Fact]
    public async Task Related_people_are_recorded_by_id_and_the_restricted_person_left_out_is_not()
    {
        using var client = Client(_factory);

        await client.GetAsync(new Uri($"/api/person/related/{ChildId}/", UriKind.Relative));

        var record = Assert.Single(await _factory.AuditAsync(), r => r.Action == AuditActions.ApiRelatedShown);
        Assert.Contains(MotherId, record.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain(HiddenId, record.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_search_records_the_client_and_the_people_found_but_not_the_names_or_date_searched_for()
    {
        using var client = Client(_factory);

        var response = await client.PostAsJsonAsync("/api/search/person", new { firstName = "Maeve", lastName = "Auditwell", dateOfBirth = "1989-06-07" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var record = Assert.Single(await _factory.AuditAsync(), r => r.Action == AuditActions.ApiSearch);
        Assert.Equal((ClientName, "demo"), (record.Actor, record.Cms));
        Assert.Contains(MotherId, record.Detail, StringComparison.Ordinal);
        HasNoNames(record);
    }

    [Theory]
    [MemberData(nameof(PersonCalls))]
    public async Task When_the_audit_record_cannot_be_written_a_person_call_is_503_and_shows_nothing(string path, string action, string personId, string? serviceId)
    {
        using var client = Client(_factory);
        _store.Failing = true;

        var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        await AssertNothingShownAsync(response);
        Assert.DoesNotContain(await _factory.AuditAsync(), r => r.Action == action && r.PersonId == personId && r.ServiceId == serviceId);
    }

    [Fact]
    public async Task When_the_audit_record_cannot_be_written_a_search_is_503_and_shows_nothing()
    {
        using var client = Client(_factory);
        _store.Failing = true;

        var response = await client.PostAsJsonAsync("/api/search/person", new { firstName = "Maeve", lastName = "Auditwell" });

        await AssertNothingShownAsync(response);
        Assert.False(response.Headers.Contains("X-Total-Results"));
    }

    private static async Task AssertNothingShownAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("could not be written", body, StringComparison.Ordinal);
        foreach (var personal in new[] { "Orla", "Maeve", "Auditwell", MotherId, ChildId })
        {
            Assert.DoesNotContain(personal, body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_total_a_search_reports_leaves_out_restricted_people_it_does_not_show()
    {
        using var demo = Enabled(new PluginFactory { UseDemoCms = true });
        using var client = Client(demo);
        var cms = demo.Services.GetRequiredService<DemoCmsDatabase>();
        var restricted = await FirstRestrictedAsync(cms);

        var response = await client.PostAsJsonAsync("/api/search/person",
            new { firstName = restricted.FirstName, lastName = restricted.FamilyName, paginationDetails = new { resultsPerPage = 100 } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var shown = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.EnumerateArray().Select(p => p.GetProperty("id").GetString()).ToList();
        Assert.DoesNotContain(restricted.Id, shown);
        Assert.Equal(shown.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), response.Headers.GetValues("X-Total-Results").Single());
    }

    private static async Task<CmsPerson> FirstRestrictedAsync(DemoCmsDatabase cms)
    {
        foreach (var child in await cms.ChildrenAsync(CancellationToken.None))
        {
            var people = (await cms.LinksAsync(child.Id, CancellationToken.None)).Select(l => l.Other).Prepend(child);
            if (people.FirstOrDefault(p => p.Restricted) is { } restricted)
            {
                return restricted;
            }
        }

        throw new InvalidOperationException("The demo council holds no restricted person.");
    }

    public void Dispose() => _factory.Dispose();
}
