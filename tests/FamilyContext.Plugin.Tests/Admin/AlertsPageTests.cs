using System.Net;
using FamilyContext.Plugin.Audit;
using FamilyContext.Plugin.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyContext.Plugin.Tests.Admin;

/// <summary>The Alerts page as a manager reads it: sentences, repeats grouped with a count, each group marked reviewed and audited.</summary>
public sealed class AlertsPageTests : IClassFixture<OidcProviderFixture>, IDisposable
{
    private readonly OidcProviderFixture _provider;
    private readonly PluginFactory _factory = new();

    public AlertsPageTests(OidcProviderFixture provider)
    {
        _provider = provider;
        provider.Configure(_factory);
        _factory.Time.Set(DateTimeOffset.UtcNow);
    }

    [Fact]
    public async Task Repeats_show_as_one_sentence_with_a_count_and_marking_them_reviewed_is_audited_and_shown()
    {
        var store = _factory.Services.GetRequiredService<IAuditStore>();
        var start = new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < 16; i++)
        {
            await store.AppendAsync(new AuditEntry(AuditActions.AccessDenied, AuditOutcomes.Denied, "sw-1", "demo", "730001", Detail: "rate limit", Alert: true), start.AddSeconds(i * 5), CancellationToken.None);
        }

        using var manager = _factory.Browser();
        await _provider.SignInAsync(manager, "mgr-8", ["manager"], returnUrl: "/admin/alerts");

        var page = await manager.GetStringAsync(new Uri("/admin/alerts", UriKind.Relative));
        var reviewed = await manager.SubmitAsync("/admin/alerts", "/admin/alerts/review", ("first", "1"), ("last", "16"));
        var after = await manager.GetStringAsync(new Uri(reviewed.Headers.Location!.OriginalString, UriKind.Relative));

        Assert.Contains("sw-1 was refused access to child 730001 because they opened too many records in a short time. This happened 16 times from 9am on 2 March 2026.", page, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(page, "data-label=\"What happened\""));
        Assert.Equal(HttpStatusCode.Redirect, reviewed.StatusCode);
        Assert.Contains(await _factory.AuditAsync(), r => r.Action == AuditActions.AlertReviewed && r.Actor == "mgr-8" && r.Detail == "alerts 1 to 16");
        Assert.Contains("Alert marked as reviewed", after, StringComparison.Ordinal);
        Assert.Contains("Reviewed</strong>", after, StringComparison.Ordinal);
        Assert.Contains("by mgr-8", after, StringComparison.Ordinal);
        Assert.DoesNotContain("Mark as reviewed", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_says_what_each_kind_of_alert_means_and_what_to_do()
    {
        using var manager = _factory.Browser();
        await _provider.SignInAsync(manager, "mgr-9", ["manager"], returnUrl: "/admin/alerts");

        var page = await manager.GetStringAsync(new Uri("/admin/alerts", UriKind.Relative));

        Assert.Contains("What each alert means and what to do", page, StringComparison.Ordinal);
        Assert.Contains("Opened too many records in a short time", page, StringComparison.Ordinal);
    }

    public void Dispose() => _factory.Dispose();
}
