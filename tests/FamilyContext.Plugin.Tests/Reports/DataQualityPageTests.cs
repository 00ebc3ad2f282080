using System.Net;
using FamilyContext.Plugin.Audit;
using FamilyContext.Plugin.Ingest;
using FamilyContext.Plugin.Store;
using FamilyContext.Plugin.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyContext.Plugin.Tests.Reports;

/// <summary>The data-quality report: each source now, its ingests in the range from the ingest reports, and its Unavailable share in panels.</summary>
public sealed class DataQualityPageTests : IClassFixture<OidcProviderFixture>, IDisposable
{
    private const string KnownRange = "from=2026-11-02&to=2026-11-15";
    private readonly OidcProviderFixture _provider;
    private readonly PluginFactory _factory = new();
    private readonly string _reports = Directory.CreateTempSubdirectory("fc-ingest-reports-").FullName;

    public DataQualityPageTests(OidcProviderFixture provider)
    {
        _provider = provider;
        _factory.Settings["FamilyContext:Ingest:ReportDirectory"] = _reports;
        provider.Configure(_factory);
    }

    [Fact]
    public async Task The_page_shows_each_source_its_ingests_in_the_range_and_its_unavailable_share_and_highlights_stale_sources()
    {
        await ArrangeAsync();
        using var manager = await SignedInAsync();

        var html = await manager.GetStringAsync(new Uri($"/admin/reports/data-quality?{KnownRange}", UriKind.Relative));

        // Police: fresh, two ingests in the range (one rejected), unavailable in one panel of three.
        Assert.Matches(@"<th scope=""row"" class=""govuk-table__header"">Police</th>\s*<td class=""govuk-table__cell"">[^<]+</td>\s*"
            + @"<td class=""govuk-table__cell govuk-table__cell--numeric"">1</td>\s*<td class=""govuk-table__cell""><strong class=""govuk-tag govuk-tag--green"">Fresh</strong></td>\s*"
            + @"<td class=""govuk-table__cell govuk-table__cell--numeric"">2</td>\s*<td class=""govuk-table__cell govuk-table__cell--numeric"">1</td>\s*"
            + @"<td class=""govuk-table__cell govuk-table__cell--numeric"">33.3%</td>", html);
        Assert.Contains("Not fresh: School (stale).", html, StringComparison.Ordinal);
        Assert.Contains("govuk-tag--red\">Stale</strong>", html, StringComparison.Ordinal);
        Assert.Contains("<svg role=\"img\" aria-labelledby=\"chart-unavailable-title chart-unavailable-desc\"", html, StringComparison.Ordinal);
        Assert.Contains("police-2026-11-03.csv", html, StringComparison.Ordinal);
        Assert.Contains("govuk-tag--red\">Rejected</strong>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("school-dry-run.csv", html, StringComparison.Ordinal);
        Assert.DoesNotContain("housing-october.csv", html, StringComparison.Ordinal);
        Assert.Contains("1 ingest report in the report folder could not be read and is left out.", html, StringComparison.Ordinal);
        Assert.Contains(await _factory.AuditAsync(), r => r.Action == AuditActions.ReportViewed && r.Detail!.StartsWith("data-quality ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_csv_holds_each_source_and_each_ingest_and_no_cell_runs_as_a_formula()
    {
        await ArrangeAsync();
        using var manager = await SignedInAsync();

        var response = await manager.GetAsync(new Uri($"/admin/reports/data-quality.csv?{KnownRange}", UriKind.Relative));
        var csv = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("family-context-data-quality-2026-11-02-to-2026-11-15.csv", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        Assert.Matches("\"Police\",\"[^\"]+\",\"1\",\"Fresh\",\"2\",\"1\",\"3\",\"1\",\"33.3\"", csv);
        Assert.Contains("\"Police\",\"police-2026-11-03.csv\",\"Loaded\",\"2026-11-03 00:00:00\",\"100\",\"98\",\"2\",\"90.0\",\"75.0\",\"100.0\",\"80.0\",\"60.0\"", csv, StringComparison.Ordinal);
        Assert.Contains("\"'=HYPERLINK(1).csv\"", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_dates_are_an_error_linked_to_their_field()
    {
        using var manager = await SignedInAsync();

        var response = await manager.GetAsync(new Uri("/admin/reports/data-quality?from=2026-02-30", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("<a href=\"#from\">Enter the from date as a real date, like 2026-09-01</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"sources\"", html, StringComparison.Ordinal);
    }

    private async Task ArrangeAsync()
    {
        await KnownTrail.AppendToAsync(_factory.Services.GetRequiredService<IAuditStore>());
        await _factory.Store.LoadAsync("police", _factory.Time.GetUtcNow(), People.Record("police", "P1", People.AsRecorded(People.Person("1", "A", "B", new DateOnly(1990, 1, 1)))));
        // The demo's school extract, current as of a year ago.
        var old = _factory.Time.GetUtcNow().AddDays(-365);
        await _factory.Store.ReplaceServiceAsync(new SourceMetadata("school", old, null, null, "Test area", "Covers the school test extract.", old, 0), [], CancellationToken.None);
        await WriteAsync(Report("police", "Police", "police-2026-11-03.csv", IngestReport.Loaded, new DateTimeOffset(2026, 11, 3, 6, 0, 0, TimeSpan.Zero), 100, 98, 2));
        await WriteAsync(Report("police", "Police", "=HYPERLINK(1).csv", IngestReport.Rejected, new DateTimeOffset(2026, 11, 10, 6, 0, 0, TimeSpan.Zero), 50, 0, 50));
        await WriteAsync(Report("school", "School", "school-dry-run.csv", IngestReport.WouldLoad, new DateTimeOffset(2026, 11, 5, 6, 0, 0, TimeSpan.Zero), 10, 10, 0) with { DryRun = true });
        await WriteAsync(Report("housing", "Housing", "housing-october.csv", IngestReport.Loaded, new DateTimeOffset(2026, 10, 1, 6, 0, 0, TimeSpan.Zero), 10, 10, 0));
        await File.WriteAllTextAsync(Path.Combine(_reports, "broken.json"), "{ not json");
    }

    private Task<(string Json, string Html)> WriteAsync(IngestReport report) => IngestReportFiles.WriteAsync(report, _reports, CancellationToken.None);

    private static IngestReport Report(string service, string name, string file, string outcome, DateTimeOffset finished, long read, long loaded, long rejected) =>
        new(service, name, file, "0000", outcome, false, [], finished.AddMinutes(-1), finished, new DateTimeOffset(finished.UtcDateTime.Date, TimeSpan.Zero),
            null, null, read, loaded, rejected, 0, [], [], new InvolvementMix(loaded, 0, 0), new Matchability(90, 75, 95),
            new ContactCompleteness(100, 80, 60, 0, 0), 0, [], 0, new ExtractChange(null, null, null, null), null);

    private async Task<HttpClient> SignedInAsync()
    {
        var manager = _factory.Browser();
        await _provider.SignInAsync(manager, "mgr-3", ["manager"], returnUrl: "/admin/reports/data-quality");
        return manager;
    }

    public void Dispose()
    {
        _factory.Dispose();
        Directory.Delete(_reports, recursive: true);
    }
}
