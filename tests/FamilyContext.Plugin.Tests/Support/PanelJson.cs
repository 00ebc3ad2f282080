using System.Text.Json;

namespace FamilyContext.Plugin.Tests.Support;

/// <summary>Reads the panel API's JSON the way a client would.</summary>
public sealed class PanelJson(JsonDocument document) : IDisposable
{
    public JsonElement Root => document.RootElement;

    public IReadOnlyList<JsonElement> People => [.. Root.GetProperty("people").EnumerateArray()];

    public JsonElement Person(string personId) => People.Single(p => p.GetProperty("personId").GetString() == personId);

    public JsonElement Flag(string personId, string service) =>
        Person(personId).GetProperty("flags").EnumerateArray().Single(f => f.GetProperty("serviceId").GetString() == service);

    public string State(string personId, string service) => Flag(personId, service).GetProperty("state").GetString()!;

    public static async Task<PanelJson> GetAsync(HttpClient browser, string sessionId)
    {
        var response = await browser.GetAsync(new Uri($"/api/v1/panel/{sessionId}", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET panel returned {(int)response.StatusCode}: {body}");
        return new PanelJson(JsonDocument.Parse(body));
    }

    public void Dispose() => document.Dispose();
}
