using System.Net;
using FamilyContext.Plugin.Access;
using FamilyContext.Plugin.Audit;
using FamilyContext.Plugin.Tests.Support;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyContext.Plugin.Tests.Security;

/// <summary>Every refusal is in the audit trail — but an attack cannot flood it: past a few a minute per address, refusals are counted into one record.</summary>
public sealed class RefusalAuditTests : IDisposable
{
    private PluginFactory _factory = new() { UseDemoCms = true };

    [Fact]
    public async Task A_form_posted_without_its_anti_forgery_token_is_refused_and_recorded()
    {
        using var browser = _factory.Browser();
        using var form = new FormUrlEncodedContent([new("down", "police")]);

        var response = await browser.PostAsync(new Uri("/demo/outages", UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var record = Assert.Single(await _factory.AuditAsync());
        Assert.Equal((AuditActions.CsrfRejected, AuditOutcomes.Rejected, "POST /demo/outages", true), (record.Action, record.Outcome, record.Detail, record.Alert));
    }

    [Fact]
    public async Task A_request_refused_for_speed_is_recorded()
    {
        _factory.Settings["FamilyContext:RateLimits:AddressAttemptsPerMinute"] = "1";
        using var browser = _factory.Browser();
        await browser.GetAsync(new Uri("/launch/demo?token=x", UriKind.Relative));

        var response = await browser.GetAsync(new Uri("/launch/demo?token=x", UriKind.Relative));

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Contains(await _factory.AuditAsync(), r => r.Action == AuditActions.RateLimited && r.Detail == "GET /launch/{cms}" && r.Actor is null);
    }

    [Fact]
    public async Task A_launch_refused_because_the_shared_store_is_down_is_recorded()
    {
        _factory.Dispose();
        _factory = new PluginFactory { UseDemoCms = true, ConfigureServices = s => s.AddSingleton<IDistributedCache, DownCache>() };
        using var browser = _factory.Browser();
        var child = (await _factory.Services.GetRequiredService<FamilyContext.Plugin.Demo.DemoCmsDatabase>().ChildrenAsync(CancellationToken.None))[0].Id;
        var token = _factory.Services.GetRequiredService<FamilyContext.Plugin.Demo.DemoLaunchKey>().Mint("family-context", "demo-social-worker", "Test", child);

        var response = await browser.GetAsync(new Uri($"/launch/demo?token={Uri.EscapeDataString(token)}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var record = Assert.Single(await _factory.AuditAsync());
        Assert.Equal((AuditActions.LaunchRejected, "shared-state-unavailable", "demo"), (record.Action, record.Detail, record.Cms));
        Assert.Null(record.Actor);
    }

    [Fact]
    public async Task Past_the_limit_refusals_from_one_address_are_counted_into_one_summary_record()
    {
        _factory.Settings["FamilyContext:RateLimits:RefusalRecordsPerMinute"] = "3";
        using var browser = _factory.Browser();
        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(HttpStatusCode.BadRequest, (await browser.GetAsync(new Uri("/launch/demo?token=x", UriKind.Relative))).StatusCode);
        }

        var duringTheMinute = await _factory.AuditAsync();
        _factory.Time.Advance(TimeSpan.FromSeconds(61));
        await browser.GetAsync(new Uri("/launch/demo?token=x", UriKind.Relative));
        var after = await _factory.AuditAsync();

        Assert.Equal(3, duringTheMinute.Count);
        Assert.All(duringTheMinute, r => Assert.Equal(AuditActions.LaunchRejected, r.Action));
        var summary = Assert.Single(after, r => r.Action == RefusalAudit.SummaryAction);
        Assert.StartsWith("7 more refusals from one address in the minute from 2026-11-21T10:00:00Z", summary.Detail, StringComparison.Ordinal);
        Assert.Equal(5, after.Count);
    }

    public void Dispose() => _factory.Dispose();

    private sealed class DownCache : IDistributedCache
    {
        public byte[]? Get(string key) => throw new IOException("down");
        public Task<byte[]?> GetAsync(string key, CancellationToken token = default) => throw new IOException("down");
        public void Refresh(string key) => throw new IOException("down");
        public Task RefreshAsync(string key, CancellationToken token = default) => throw new IOException("down");
        public void Remove(string key) => throw new IOException("down");
        public Task RemoveAsync(string key, CancellationToken token = default) => throw new IOException("down");
        public void Set(string key, byte[] value, DistributedCacheEntryOptions options) => throw new IOException("down");
        public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default) => throw new IOException("down");
    }
}
