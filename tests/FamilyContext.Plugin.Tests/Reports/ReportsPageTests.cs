using System.Net;
using FamilyContext.Plugin.Audit;
using FamilyContext.Plugin.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyContext.Plugin.Tests.Reports;

/// <summary>The reports page and its CSV as a team manager uses them, on a trail with known counts.</summary>
public sealed class ReportsPageTests : IClassFixture<OidcProviderFixture>, IDisposable
{
    private const string KnownRange = "from=2026-11-02&to=2026-11-15";
    private readonly OidcProviderFixture _provider;
    private readonly PluginFactory _factory = new();

    public ReportsPageTests(OidcProviderFixture provider)
    {
        _provider = provider;
        provider.Configure(_factory);
    }

    [Fact]
    public async Task The_page_shows_the_known_figures_in_a_table_beside_an_svg_chart_and_is_recorded()
    {
        await KnownTrail.AppendToAsync(_factory.Services.GetRequiredService<IAuditStore>());
        using var manager = await SignedInAsync();

        var html = await manager.GetStringAsync(new Uri($"/admin/reports?{KnownRange}&period=week", UriKind.Relative));

        Assert.Contains("<dt class=\"govuk-summary-list__key\">Panels opened</dt><dd class=\"govuk-summary-list__value\">3</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dt class=\"govuk-summary-list__key\">Found rate</dt><dd class=\"govuk-summary-list__value\">66.7%</dd>", html, StringComparison.Ordinal);
        Assert.Contains("Estimated time saved: 5 hours", html, StringComparison.Ordinal);
        Assert.Contains("<svg role=\"img\" aria-labelledby=\"chart-panels-title chart-panels-desc\"", html, StringComparison.Ordinal);
        Assert.Contains("Week of 9 November 2026", html, StringComparison.Ordinal);
        Assert.Contains(await _factory.AuditAsync(), r => r.Action == AuditActions.ReportViewed && r.Actor == "mgr-3");
    }

    [Fact]
    public async Task A_team_report_counts_only_that_teams_panels()
    {
        await KnownTrail.AppendToAsync(_factory.Services.GetRequiredService<IAuditStore>());
        using var manager = await SignedInAsync();

        var html = await manager.GetStringAsync(new Uri($"/admin/reports?{KnownRange}&team=team-b", UriKind.Relative));

        Assert.Contains("2 November 2026 to 15 November 2026, team team-b", html, StringComparison.Ordinal);
        Assert.Contains("<dt class=\"govuk-summary-list__key\">Panels opened</dt><dd class=\"govuk-summary-list__value\">1</dd>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_csv_holds_each_period_the_whole_range_and_each_service_and_no_cell_runs_as_a_formula()
    {
        await KnownTrail.AppendToAsync(_factory.Services.GetRequiredService<IAuditStore>());
        using var manager = await SignedInAsync();

        var response = await manager.GetAsync(new Uri($"/admin/reports/usage.csv?{KnownRange}&period=week&team=%3Dcmd", UriKind.Relative));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var all = await manager.GetStringAsync(new Uri($"/admin/reports/usage.csv?{KnownRange}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("family-context-use-2026-11-02-to-2026-11-15.csv", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.StartsWith("\"From\",\"2026-11-02\",\"To\",\"2026-11-15\",\"Team\",\"'=cmd\"", System.Text.Encoding.UTF8.GetString(bytes[3..]), StringComparison.Ordinal);
        Assert.Contains("\"All\",\"2026-11-02\",\"3\",\"2\",\"2\",\"3\",\"1.0\",\"1.5\",\"66.7\",\"33.3\",\"1\",\"1\"", all, StringComparison.Ordinal);
        Assert.Contains("\"police\",\"3\",\"1\",\"33.3\",\"1\",\"33.3\"", all.ToLowerInvariant(), StringComparison.Ordinal);
        Assert.Contains("\"Estimated time saved (hours)\",\"4.6\"", all, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("from=2026-11-30&to=2026-11-01", "to", "The to date must be the same as or after the from date")]
    [InlineData("from=2026-02-30", "from", "Enter the from date as a real date, like 2026-09-01")]
    [InlineData("period=fortnight", "period", "Choose whether to count by week or by month")]
    [InlineData("from=2020-01-01&to=2026-11-01", "to", "Choose a range of up to 400 days")]
    public async Task Bad_input_is_an_error_linked_to_its_field_not_a_report(string query, string field, string message)
    {
        using var manager = await SignedInAsync();

        var response = await manager.GetAsync(new Uri($"/admin/reports?{query}", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"<a href=\"#{field}\">{message}</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Panels opened", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_no_dates_the_report_covers_the_twelve_weeks_to_today()
    {
        using var manager = await SignedInAsync();

        var html = await manager.GetStringAsync(new Uri("/admin/reports", UriKind.Relative));

        Assert.Contains("30 August 2026 to 21 November 2026, all teams", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_social_worker_cannot_see_the_reports()
    {
        using var worker = _factory.Browser();
        await _provider.SignInAsync(worker, "sw-1", ["social-worker"], returnUrl: "/find");

        var response = await worker.GetAsync(new Uri("/admin/reports", UriKind.Relative));

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task<HttpClient> SignedInAsync()
    {
        var manager = _factory.Browser();
        await _provider.SignInAsync(manager, "mgr-3", ["manager"], returnUrl: "/admin/reports");
        return manager;
    }

    public void Dispose() => _factory.Dispose();
}
