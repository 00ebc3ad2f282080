using System.Net;
using FamilyContext.Plugin.Audit;
using FamilyContext.Plugin.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyContext.Plugin.Tests.Reports;

/// <summary>Who looked at a person, as an IG lead answers a subject access request.</summary>
public sealed class PersonAccessTests : IClassFixture<OidcProviderFixture>, IDisposable
{
    private readonly OidcProviderFixture _provider;
    private readonly PluginFactory _factory = new();

    public PersonAccessTests(OidcProviderFixture provider)
    {
        _provider = provider;
        provider.Configure(_factory);
    }

    [Fact]
    public async Task A_linked_person_is_found_in_the_panels_that_showed_them_their_reviews_and_the_original_apis_reads()
    {
        var store = _factory.Services.GetRequiredService<IAuditStore>();
        await KnownTrail.AppendToAsync(store);
        await store.AppendAsync(new AuditEntry(AuditActions.ApiPersonShown, AuditOutcomes.Allowed, "legacy-client", PersonId: "p2"),
            new DateTimeOffset(2026, 11, 12, 9, 0, 0, TimeSpan.Zero), CancellationToken.None);
        using var ig = await SignedInAsync();

        var html = await ig.GetStringAsync(new Uri("/admin/reports/person?person=p2", UriKind.Relative));
        var csv = await ig.GetStringAsync(new Uri("/admin/reports/person.csv?person=p2", UriKind.Relative));

        Assert.Contains("3 records about this person", html, StringComparison.Ordinal);
        Assert.Contains("Looked at by legacy-client (1), w1 (2)", html, StringComparison.Ordinal);
        // The header, the three records, and the page's own search: an IG search is an access too.
        Assert.Equal(5, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal(2, (await _factory.AuditAsync()).Count(r => r.Action == AuditActions.AuditSearched && r.PersonId == "p2" && r.Actor == "ig-4"));
    }

    [Fact]
    public async Task A_search_with_no_person_is_an_error_linked_to_the_field()
    {
        using var ig = await SignedInAsync();

        var response = await ig.GetAsync(new Uri("/admin/reports/person?person=", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("<a href=\"#person\">Enter the person's id</a>", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_unusual_access_page_flags_repeated_refusals_and_links_to_their_records()
    {
        var store = _factory.Services.GetRequiredService<IAuditStore>();
        for (var i = 0; i < 3; i++)
        {
            await store.AppendAsync(new AuditEntry(AuditActions.AccessDenied, AuditOutcomes.Denied, "w9", "demo", "c1", Alert: true),
                new DateTimeOffset(2026, 11, 18, 10, i, 0, TimeSpan.Zero), CancellationToken.None);
        }

        using var ig = await SignedInAsync();

        var html = await ig.GetStringAsync(new Uri("/admin/reports/unusual", UriKind.Relative));

        Assert.Contains("<strong>Refusals</strong>: Refused 3 times", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/audit?user=w9&amp;from=2026-11-18&amp;to=2026-11-18\"", html, StringComparison.Ordinal);
    }

    private async Task<HttpClient> SignedInAsync()
    {
        var ig = _factory.Browser();
        await _provider.SignInAsync(ig, "ig-4", ["ig-admin"], returnUrl: "/admin/reports/person");
        return ig;
    }

    public void Dispose() => _factory.Dispose();
}
