using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using FamilyContext.Plugin.Tests.MatchReview;
using FamilyContext.Plugin.Tests.Support;

namespace FamilyContext.Plugin.Tests.OriginalApi;

/// <summary>Service summaries as the original API describes them: strings never null, our extra states in extension fields.</summary>
public sealed class OriginalApiSummaryTests : IDisposable
{
    private const string Key = "summary-test-key";
    private readonly PluginFactory _factory = new();
    private readonly PossibleMatchFamily _family;

    public OriginalApiSummaryTests()
    {
        _factory.Settings["FamilyContext:OriginalApi:Enabled"] = "true";
        _factory.Settings["FamilyContext:OriginalApi:Clients:test:KeySha256"] = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Key)));
        _factory.Settings["FamilyContext:Demo:UnavailableServices:0"] = "housing";
        _family = new PossibleMatchFamily(_factory);
    }

    private async Task<Dictionary<string, JsonElement>> SummariesAsync(string personId)
    {
        using var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Key);
        var body = await client.GetStringAsync(new Uri($"/api/person/detail/{personId}/service", UriKind.Relative));
        return JsonDocument.Parse(body).RootElement.EnumerateArray().ToDictionary(s => s.GetProperty("id").GetString()!, s => s.Clone());
    }

    [Fact]
    public async Task No_summary_carries_null_whether_checked_not_checked_unavailable_or_possible()
    {
        await _family.LoadAsync();

        var summaries = await SummariesAsync(_family.Grandfather.Id);

        Assert.Equal(["asc", "housing", "police", "school"], summaries.Keys.Order(StringComparer.Ordinal));
        Assert.All(summaries.Values, s => Assert.DoesNotContain(s.EnumerateObject(), p => p.Value.ValueKind == JsonValueKind.Null));
        Assert.Equal("NotChecked", summaries["school"].GetProperty("state").GetString());
        Assert.Equal("Unavailable", summaries["housing"].GetProperty("state").GetString());
    }

    [Fact]
    public async Task A_possible_match_says_records_are_available_with_its_confidence_in_an_extension_field()
    {
        await _family.LoadAsync();

        var police = (await SummariesAsync(_family.Grandfather.Id))["police"];

        Assert.True(police.GetProperty("recordsAvailable").GetBoolean());
        Assert.Equal("possible", police.GetProperty("matchConfidence").GetString());
        Assert.Equal("PossibleMatch", police.GetProperty("state").GetString());
    }

    [Theory]
    [InlineData("AdultSocialCare")]
    [InlineData("adultsocialcare")]
    [InlineData("asc")]
    public async Task The_original_API_s_service_ids_are_accepted_beside_ours(string serviceType)
    {
        await _factory.Store.LoadAsync("asc", _factory.Time.GetUtcNow());
        using var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Key);

        var response = await client.GetAsync(new Uri($"/api/person/detail/{_family.Grandfather.Id}/service/{serviceType}", UriKind.Relative));

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("asc", JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("summary").GetProperty("id").GetString());
    }

    public void Dispose() => _factory.Dispose();
}
