using System.Net;
using FamilyContext.Plugin.Audit;
using FamilyContext.Plugin.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyContext.Plugin.Tests.Admin;

/// <summary>The audit page and export as an IG lead uses them: UK days, every match counted and reachable, nothing cut silently.</summary>
public sealed class AuditSearchTests : IClassFixture<OidcProviderFixture>, IDisposable
{
    private readonly OidcProviderFixture _provider;
    private readonly PluginFactory _factory = new();

    public AuditSearchTests(OidcProviderFixture provider)
    {
        _provider = provider;
        provider.Configure(_factory);
        _factory.Time.Set(DateTimeOffset.UtcNow);
    }

    [Fact]
    public async Task A_search_says_how_many_records_matched_and_pages_through_all_of_them()
    {
        await SeedAsync(150, new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero), childId: "731001");
        using var manager = await SignedInAsync();

        var first = await manager.GetStringAsync(new Uri("/admin/audit?child=731001", UriKind.Relative));
        var next = System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(first, "href=\"([^\"]+)\" rel=\"next\"").Groups[1].Value);
        var second = await manager.GetStringAsync(new Uri(next, UriKind.Relative));

        Assert.Contains("150 records found", first, StringComparison.Ordinal);
        Assert.Contains("Showing 1 to 100 of 150", first, StringComparison.Ordinal);
        Assert.Contains("class=\"govuk-pagination\"", first, StringComparison.Ordinal);
        Assert.Contains("Showing 101 to 150 of 150", second, StringComparison.Ordinal);
        // Each page viewed is recorded, and the first page's record did not push the second page's records along.
        Assert.Equal(2, (await _factory.AuditAsync(new AuditQuery(Limit: 1000))).Count(r => r.Action == AuditActions.AuditSearched));
    }

    [Fact]
    public async Task A_page_asked_for_with_a_pin_of_its_own_is_still_recorded()
    {
        using var manager = await SignedInAsync();

        await manager.GetStringAsync(new Uri("/admin/audit?child=731009&page=2&upto=999999", UriKind.Relative));

        Assert.Contains(await _factory.AuditAsync(), r => r.Action == AuditActions.AuditSearched && r.ChildId == "731009" && r.Detail!.EndsWith("page=2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_export_holds_every_match_and_names_its_dates_and_count()
    {
        await SeedAsync(120, new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero), childId: "731002");
        using var manager = await SignedInAsync();

        var response = await manager.GetAsync(new Uri("/admin/audit/export.csv?child=731002&from=2026-03-01&to=2026-03-31", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("family-context-audit-2026-03-01-to-2026-03-31-120-records.csv", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = System.Text.Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(121, lines.Length);
    }

    [Theory]
    [InlineData("/admin/audit?to=9999-12-31")]
    [InlineData("/admin/audit/export.csv?to=9999-12-31")]
    [InlineData("/admin/audit?from=0001-01-01&to=9999-12-31")]
    public async Task The_last_and_first_possible_dates_search_without_error(string url)
    {
        await SeedAsync(3, new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero), childId: "731003");
        using var manager = await SignedInAsync();

        var response = await manager.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_from_date_after_the_to_date_is_an_error_linked_to_the_field_not_an_empty_result()
    {
        using var manager = await SignedInAsync();

        var response = await manager.GetAsync(new Uri("/admin/audit?from=2026-11-30&to=2026-11-01", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("<a href=\"#to\">The to date must be the same as or after the from date</a>", html, StringComparison.Ordinal);
        Assert.Contains("govuk-input--error\" id=\"to\"", html.Replace("  ", " ", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("Nothing found", html, StringComparison.Ordinal);
        Assert.StartsWith("<title>Error: ", html[html.IndexOf("<title>", StringComparison.Ordinal)..], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dates_are_whole_UK_days_so_a_record_just_after_UK_midnight_in_summer_belongs_to_the_next_day()
    {
        // 23:30 UTC on 1 July is 00:30 on 2 July in London.
        await SeedAsync(1, new DateTimeOffset(2026, 7, 1, 23, 30, 0, TimeSpan.Zero), childId: "731004");
        using var manager = await SignedInAsync();

        var second = await manager.GetStringAsync(new Uri("/admin/audit?child=731004&from=2026-07-02&to=2026-07-02", UriKind.Relative));
        var first = await manager.GetStringAsync(new Uri("/admin/audit?child=731004&from=2026-07-01&to=2026-07-01", UriKind.Relative));

        Assert.Contains("1 record found", second, StringComparison.Ordinal);
        Assert.Contains("0 records found", first, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_record_to_note_is_the_last_one_before_today_and_does_not_change_with_each_search()
    {
        var yesterday = (await SeedAsync(2, _factory.Time.GetUtcNow().AddDays(-2), childId: "731005"))[^1];
        using var manager = await SignedInAsync();

        var once = await manager.GetStringAsync(new Uri("/admin/audit?child=731005", UriKind.Relative));
        var again = await manager.GetStringAsync(new Uri("/admin/audit?child=731005", UriKind.Relative));

        Assert.Contains(AuditChain.Head(yesterday), once, StringComparison.Ordinal);
        Assert.Contains(AuditChain.Head(yesterday), again, StringComparison.Ordinal);
    }

    private async Task<List<AuditRecord>> SeedAsync(int count, DateTimeOffset at, string childId)
    {
        var store = _factory.Services.GetRequiredService<IAuditStore>();
        var records = new List<AuditRecord>();
        for (var i = 0; i < count; i++)
        {
            records.Add(await store.AppendAsync(new AuditEntry(AuditActions.PanelShown, AuditOutcomes.Allowed, "sw-1", "demo", childId), at.AddSeconds(i), CancellationToken.None));
        }

        return records;
    }

    private async Task<HttpClient> SignedInAsync()
    {
        var manager = _factory.Browser();
        await _provider.SignInAsync(manager, "ig-7", ["ig-admin"], returnUrl: "/admin/audit");
        return manager;
    }

    public void Dispose() => _factory.Dispose();
}
