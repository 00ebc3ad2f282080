using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using FamilyContext.Plugin.Abstractions;
using FamilyContext.Plugin.Tests.Support;

namespace FamilyContext.Plugin.Tests.OriginalApi;

public sealed class OriginalApiContractTests : IDisposable
{
    private const string Key = "reference-ui-test-key";
    private static readonly OpenApiContract Contract = OpenApiContract.Load();
    private readonly PluginFactory _factory = new();
    private readonly CmsPerson _child;
    private readonly CmsPerson _mother;

    public OriginalApiContractTests()
    {
        _factory.Settings["FamilyContext:OriginalApi:Enabled"] = "true";
        _factory.Settings["FamilyContext:OriginalApi:Clients:reference-ui:KeySha256"] = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Key)));
        _factory.Settings["FamilyContext:Demo:UnavailableServices:0"] = "asc";
        _child = _factory.Cms.Add(People.Person("800001", "Ava", "Testwell", _factory.Today.AddYears(-8)));
        _mother = People.Person("800002", "Jess", "Testwell", _factory.Today.AddYears(-33));
        _factory.Cms.Link(_child.Id, _mother, RelationshipType.Parent, "Mother : Daughter");
        _factory.Cms.Link(_child.Id, People.Person("800003", "Hidden", "Person", _factory.Today.AddYears(-40), restricted: true), RelationshipType.Other, "In contact with");
    }

    private HttpClient Client(string? key = Key)
    {
        var client = _factory.CreateClient();
        if (key is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        return client;
    }

    private async Task LoadPoliceAsync() =>
        await _factory.Store.LoadAsync("police", _factory.Time.GetUtcNow(), People.Record("police", "P1", People.AsRecorded(_mother)));

    private static async Task<string> ConformingAsync(HttpResponseMessage response, string path, string method)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {body}");
        Assert.Empty(Contract.Check(path, method, 200, body));
        return body;
    }

    [Fact]
    public void The_contract_check_finds_a_person_without_names_and_with_a_malformed_date()
    {
        var errors = Contract.Check("/api/person/detail/{personId}", "get", 200, """{"id":"1","dateOfBirth":"02/04/1990"}""");

        Assert.Equal(3, errors.Count);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("a-wrong-key")]
    public async Task Without_a_valid_client_key_every_operation_is_refused(string? key)
    {
        using var client = Client(key);

        foreach (var path in new[] { "/api/auth/status", "/api/person/detail/800001", "/api/person/detail/800001/service", "/api/person/related/800001/" })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync(new Uri(path, UriKind.Relative))).StatusCode);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/search/person", new { firstName = "Ava", lastName = "Testwell" })).StatusCode);
    }

    [Fact]
    public async Task The_API_is_not_served_unless_enabled()
    {
        using var plain = new PluginFactory();
        using var client = plain.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Key);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri("/api/person/detail/800001", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Authentication_status_names_the_client()
    {
        using var client = Client();

        var body = await ConformingAsync(await client.GetAsync(new Uri("/api/auth/status", UriKind.Relative)), "/api/auth/status", "get");

        Assert.Equal("reference-ui", JsonDocument.Parse(body).RootElement.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Person_detail_is_a_Person_and_the_session_cookie_of_the_original_API_is_accepted()
    {
        using var client = Client(key: null);
        client.DefaultRequestHeaders.Add("Cookie", $"FCSESSIONID={Key}");

        var body = await ConformingAsync(await client.GetAsync(new Uri("/api/person/detail/800002", UriKind.Relative)), "/api/person/detail/{personId}", "get");

        using var person = JsonDocument.Parse(body);
        Assert.Equal(("800002", "Jess", "Testwell", "female"), (person.RootElement.GetProperty("id").GetString(), person.RootElement.GetProperty("firstName").GetString(),
            person.RootElement.GetProperty("lastName").GetString(), person.RootElement.GetProperty("gender").GetString()));
    }

    [Theory]
    [InlineData("/api/person/detail/999999")]
    [InlineData("/api/person/detail/999999/service")]
    [InlineData("/api/person/detail/999999/service/police")]
    [InlineData("/api/person/related/999999/")]
    [InlineData("/api/person/detail/not%20an%20id")]
    [InlineData("/api/person/detail/800003")]
    [InlineData("/api/person/detail/800002/service/no-such-service")]
    public async Task An_unknown_or_restricted_person_or_an_unknown_service_is_404_not_500(string path)
    {
        using var client = Client();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri(path, UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Service_summaries_conform_and_never_say_no_records_for_a_service_that_could_not_be_checked()
    {
        await LoadPoliceAsync();
        await _factory.Store.LoadAsync("housing", _factory.Time.GetUtcNow());
        using var client = Client();

        var body = await ConformingAsync(await client.GetAsync(new Uri("/api/person/detail/800002/service", UriKind.Relative)), "/api/person/detail/{personId}/service", "get");

        var summaries = JsonDocument.Parse(body).RootElement.EnumerateArray().ToDictionary(s => s.GetProperty("id").GetString()!);
        Assert.True(summaries["police"].GetProperty("recordsAvailable").GetBoolean());
        Assert.False(summaries["housing"].GetProperty("recordsAvailable").GetBoolean());
        Assert.Equal("Unavailable", summaries["asc"].GetProperty("state").GetString());
        Assert.False(summaries["asc"].TryGetProperty("recordsAvailable", out _));
        Assert.Equal("NotChecked", summaries["school"].GetProperty("state").GetString());
        Assert.False(summaries["school"].TryGetProperty("recordsAvailable", out _));
    }

    [Fact]
    public async Task Service_detail_conforms_with_a_schema_describing_its_data()
    {
        await LoadPoliceAsync();
        using var client = Client();

        var body = await ConformingAsync(await client.GetAsync(new Uri("/api/person/detail/800002/service/police", UriKind.Relative)),
            "/api/person/detail/{personId}/service/{serviceType}", "get");

        using var detail = JsonDocument.Parse(body);
        var data = detail.RootElement.GetProperty("data");
        Assert.Equal("current", data.GetProperty("serviceInvolvement").GetString());
        Assert.Equal("Alex Practitioner", data.GetProperty("contact").GetProperty("name").GetString());
        var schemaProperties = detail.RootElement.GetProperty("schema").GetProperty("properties");
        Assert.Equal("Safeguarding offences (up to 3)", schemaProperties.GetProperty("safeGuardingOffences").GetProperty("title").GetString());
        Assert.Equal("array", schemaProperties.GetProperty("safeGuardingOffences").GetProperty("type").GetString());
    }

    [Fact]
    public async Task Service_detail_for_a_source_that_could_not_be_checked_is_503_not_an_empty_record()
    {
        using var client = Client();

        var response = await client.GetAsync(new Uri("/api/person/detail/800002/service/asc", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }

    [Fact]
    public async Task Related_people_are_implemented_and_leave_out_restricted_people()
    {
        using var client = Client();

        var body = await ConformingAsync(await client.GetAsync(new Uri("/api/person/related/800001/", UriKind.Relative)), "/api/person/related/{personId}/", "get");

        var related = Assert.Single(JsonDocument.Parse(body).RootElement.EnumerateArray());
        Assert.Equal(("800002", "Mother : Daughter", "800001"), (related.GetProperty("id").GetString(), related.GetProperty("relationship").GetString(),
            related.GetProperty("relationshipToId").GetString()));
        var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, new Uri("/api/person/related/800001/", UriKind.Relative)));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
    }

    [Fact]
    public async Task Search_is_paged_and_each_page_conforms()
    {
        for (var i = 0; i < 25; i++)
        {
            _factory.Cms.Add(People.Person($"81{i:D4}", "Sam", "Samename", new DateOnly(1990, 1, 1).AddDays(i)));
        }

        using var client = Client();

        var response = await client.PostAsJsonAsync("/api/search/person", new { firstName = "sam", lastName = "SAMENAME", paginationDetails = new { resultsPerPage = 10, pageNumber = 3 } });
        var body = await ConformingAsync(response, "/api/search/person", "post");

        Assert.Equal(5, JsonDocument.Parse(body).RootElement.GetArrayLength());
        Assert.Equal("25", response.Headers.GetValues("X-Total-Results").Single());
        var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, new Uri("/api/search/person", UriKind.Relative)));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
    }

    [Fact]
    public async Task Search_by_date_of_birth_narrows_and_a_search_without_a_family_name_is_refused()
    {
        _factory.Cms.Add(People.Person("820001", "Sam", "Samename", new DateOnly(1990, 1, 1)));
        _factory.Cms.Add(People.Person("820002", "Sam", "Samename", new DateOnly(1991, 1, 1)));
        using var client = Client();

        var found = await client.PostAsJsonAsync("/api/search/person", new { firstName = "Sam", lastName = "Samename", dateOfBirth = "1991-01-01" });
        var refused = await client.PostAsJsonAsync("/api/search/person", new { firstName = "Sam" });

        Assert.Equal("820002", JsonDocument.Parse(await ConformingAsync(found, "/api/search/person", "post")).RootElement[0].GetProperty("id").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
    }

    public void Dispose() => _factory.Dispose();
}
