using System.Net;
using FamilyContext.Plugin.Ingest;
using FamilyContext.Plugin.Tests.Ingest;
using FamilyContext.Plugin.Tests.Support;

namespace FamilyContext.Plugin.Tests.Admin;

/// <summary>The Sources page lists each service's latest extract reports, newest first, each linked to its HTML and JSON.</summary>
public sealed class SourceReportsTests : IClassFixture<OidcProviderFixture>, IDisposable
{
    private readonly OidcProviderFixture _provider;
    private readonly PluginFactory _factory = new();

    public SourceReportsTests(OidcProviderFixture provider)
    {
        _provider = provider;
        provider.Configure(_factory);
        // The demo's housing extract is in service: a three-row sample may replace it.
        _factory.Settings["FamilyContext:Ingest:Services:housing:MaximumFallShare"] = "1";
    }

    public void Dispose() => _factory.Dispose();

    private async Task IngestAsync(string file, int expected = 0, bool dryRun = false)
    {
        var code = await IngestHost.RunOnAsync(_factory.Services, "housing", file, IngestHost.Sample("flat/housing.yaml"), _factory.Time.GetUtcNow().AddHours(-3), dryRun);
        _factory.Time.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(expected, code);
    }

    private async Task<HttpClient> ManagerAsync()
    {
        var manager = _factory.Browser();
        await _provider.SignInAsync(manager, "mgr-5", ["manager"], returnUrl: "/admin/sources");
        return manager;
    }

    [Fact]
    public async Task Each_services_reports_are_listed_newest_first_with_outcome_counts_and_links()
    {
        await IngestAsync(IngestHost.Sample("flat/housing.csv"), dryRun: true);
        await IngestAsync(IngestHost.Sample("flat/housing.csv"));
        var empty = Path.Combine(_factory.ReportDirectory, "..", "empty.csv");
        await File.WriteAllTextAsync(empty, "");
        await IngestAsync(empty, expected: 1);
        using var manager = await ManagerAsync();

        var page = await manager.GetStringAsync(new Uri("/admin/sources", UriKind.Relative));

        var housing = page[page.IndexOf("<caption class=\"govuk-table__caption govuk-table__caption--s\">Housing</caption>", StringComparison.Ordinal)..];
        housing = housing[..housing.IndexOf("</table>", StringComparison.Ordinal)];
        var outcomes = System.Text.RegularExpressions.Regex.Matches(housing, "<strong class=\"govuk-tag [^\"]+\">([^<]+)</strong>").Select(m => m.Groups[1].Value);
        Assert.Equal([IngestReport.Rejected, IngestReport.Loaded, "Checked: would load"], outcomes);
        Assert.Contains("21 November 2026", housing, StringComparison.Ordinal);
        Assert.Matches("<td class=\"govuk-table__cell govuk-table__cell--numeric\">3</td>\\s*<td class=\"govuk-table__cell govuk-table__cell--numeric\">3</td>\\s*<td class=\"govuk-table__cell govuk-table__cell--numeric\">0</td>", housing);
        Assert.Equal(3, System.Text.RegularExpressions.Regex.Count(housing, "href=\"/admin/sources/reports/housing-[0-9TZ-]+\\.html\""));
        Assert.Contains("<h3 class=\"govuk-heading-s\">Police</h3>\n            <p class=\"govuk-body\">No extract report yet.</p>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_report_opens_under_the_staff_pages_policy_with_its_style_served_beside_it()
    {
        await IngestAsync(IngestHost.Sample("flat/housing.csv"));
        var name = Path.GetFileNameWithoutExtension(Directory.GetFiles(_factory.ReportDirectory, "*.html").Single());
        using var manager = await ManagerAsync();

        var html = await manager.GetAsync(new Uri($"/admin/sources/reports/{name}.html", UriKind.Relative));
        var json = await manager.GetAsync(new Uri($"/admin/sources/reports/{name}.json", UriKind.Relative));
        var style = await manager.GetAsync(new Uri("/admin/sources/report.css", UriKind.Relative));

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK), (html.StatusCode, json.StatusCode, style.StatusCode));
        var text = await html.Content.ReadAsStringAsync();
        Assert.Contains("<link rel=\"stylesheet\" href=\"/admin/sources/report.css\">", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<style>", text, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", html.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("text/css", style.Content.Headers.ContentType!.MediaType);
        Assert.Contains("\"outcome\": \"Loaded\"", await json.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("..%2Fstore.db")]
    [InlineData("housing-20261121T100000Z.html")]
    [InlineData("store.db")]
    public async Task Only_a_report_the_folder_holds_can_be_opened(string name)
    {
        using var manager = await ManagerAsync();

        var response = await manager.GetAsync(new Uri($"/admin/sources/reports/{name}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
