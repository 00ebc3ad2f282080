using System.Net;
using FamilyContext.CmsSimulators;
using FamilyContext.Plugin.Audit;
using FamilyContext.Plugin.Cms;
using FamilyContext.Plugin.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FamilyContext.Plugin.Tests.Cms;

/// <summary>
/// The CMS health check: credentials refused or access forbidden make readiness unhealthy, with a warning in the log and an
/// audited alert at start — while liveness (<c>/health</c>) stays healthy, so the service is not restarted for it.
/// </summary>
public sealed class CmsHealthCheckTests : IAsyncLifetime
{
    private MosaicSimulator _simulator = null!;

    public async Task InitializeAsync() => _simulator = await MosaicSimulator.StartNewAsync();

    public async Task DisposeAsync() => await _simulator.DisposeAsync();

    [Theory]
    [InlineData("wrong-secret", "401")]
    [InlineData("forbidden", "403")]
    public async Task A_CMS_that_refuses_the_service_fails_readiness_warns_and_alerts_once(string fault, string status)
    {
        using var factory = Factory();
        if (fault == "wrong-secret")
        {
            factory.Settings["FamilyContext:Cms:Mosaic:ClientSecret"] = "not-the-secret";
        }
        else
        {
            _simulator.Switches.Forbidden = true;
        }

        using var client = factory.CreateClient();
        var records = await AlertsAsync(factory);
        var ready = await factory.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(r => r.Name == "cms" && r.Tags.Contains(FamilyContext.Plugin.Health.HealthServiceCollectionExtensions.Ready));
        var liveness = await client.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HealthStatus.Unhealthy, ready.Status);
        Assert.Contains(status, ready.Entries["cms"].Description, StringComparison.Ordinal);
        var alert = Assert.Single(records);
        Assert.Equal(("mosaic", true), (alert.Cms, alert.Alert));
        Assert.Contains(factory.Logs.Lines(), l => l.Contains("[1301] The CMS (Mosaic) health check failed", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, liveness.StatusCode);
    }

    [Fact]
    public async Task A_CMS_that_answers_is_ready_and_nothing_is_alerted()
    {
        using var factory = Factory();

        var ready = await factory.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(r => r.Name == "cms" && r.Tags.Contains(FamilyContext.Plugin.Health.HealthServiceCollectionExtensions.Ready));

        Assert.Equal(HealthStatus.Healthy, ready.Status);
        Assert.DoesNotContain(await factory.AuditAsync(), r => r.Action == AuditActions.CmsUnhealthy);
    }

    private PluginFactory Factory()
    {
        var factory = new PluginFactory { UseDemoCms = true };
        foreach (var (key, value) in CmsHost.Settings("Mosaic", _simulator))
        {
            factory.Settings[key] = value;
        }

        factory.Settings["FamilyContext:Demo:Enabled"] = "false";
        return factory;
    }

    /// <summary>The start-up check's audit records, once it has run (it runs in the background, not delaying start-up).</summary>
    private static async Task<List<AuditRecord>> AlertsAsync(PluginFactory factory)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var records = (await factory.AuditAsync()).Where(r => r.Action == AuditActions.CmsUnhealthy).ToList();
            if (records.Count > 0)
            {
                return records;
            }

            await Task.Delay(100);
        }

        return [];
    }
}
