using System.Net;
using System.Text.Json.Nodes;
using FamilyContext.Plugin.Abstractions;
using FamilyContext.Plugin.Store;
using FamilyContext.Plugin.Tests.Support;

namespace FamilyContext.Plugin.Tests.Panel;

/// <summary>The expanded view: its own request, the record's fields and the practitioner's contact details.</summary>
public sealed class DetailTests : IDisposable
{
    private readonly PluginFactory _factory = new();

    [Fact]
    public async Task A_detail_page_shows_the_practitioner_with_phone_and_email_links_and_the_service_fields()
    {
        var (child, mother) = _factory.AddChildAndMother();
        var offences = new JsonArray(new JsonObject { ["dateOfOffence"] = "2025-06-01", ["typeOfOffence"] = "Violence with injury", ["natureOfInvolvement"] = "Suspect" });
        await _factory.Store.LoadAsync("police", _factory.Time.GetUtcNow(), People.Record("police", "P1", People.AsRecorded(mother),
            practitioner: new Practitioner("Sam Officer", "Public protection officer", "Test Police", "0161 496 0555", "sam.officer@example.org"),
            details: new JsonObject { ["policeArea"] = "Test area", ["safeGuardingOffences"] = offences, ["nonSafeGuardingOffences"] = "No" }));
        using var browser = _factory.Browser();
        var session = await _factory.LaunchAsync(browser, child.Id);

        var response = await browser.GetAsync(new Uri($"/panel/{session}/people/{mother.Id}/services/police", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("href=\"tel:01614960555\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"mailto:sam.officer@example.org\"", html, StringComparison.Ordinal);
        Assert.Contains("Sam Officer", html, StringComparison.Ordinal);
        Assert.Contains("Violence with injury", html, StringComparison.Ordinal);
        Assert.Contains("1 June 2025", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/panel/{session}\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_closed_view_holds_no_practitioner_details_until_a_detail_is_opened()
    {
        var (child, mother) = _factory.AddChildAndMother();
        await _factory.Store.LoadAsync("police", _factory.Time.GetUtcNow(), People.Record("police", "P1", People.AsRecorded(mother)));
        using var browser = _factory.Browser();
        var session = await _factory.LaunchAsync(browser, child.Id);

        var closed = await browser.GetStringAsync(new Uri($"/panel/{session}", UriKind.Relative));
        var detail = await browser.GetStringAsync(new Uri($"/api/v1/panel/{session}/people/{mother.Id}/services/police", UriKind.Relative));

        Assert.DoesNotContain("alex.practitioner@example.org", closed, StringComparison.Ordinal);
        Assert.Contains("alex.practitioner@example.org", detail, StringComparison.Ordinal);
    }

    public void Dispose() => _factory.Dispose();
}
