using System.Net;
using System.Text.RegularExpressions;

namespace FamilyContext.Plugin.Tests.Deployment;

/// <summary>
/// The production topology of scripts/cluster.sh driven through nginx over TLS, as a worker's browser would: a launch on one
/// instance opens a panel served by the other, a replayed launch token is refused by both, the panel keeps working when its
/// instance is killed, and new launches work again after Redis restarts. Each test leaves both instances and Redis running.
/// </summary>
public sealed partial class ClusterTests(ClusterFixture cluster) : IClassFixture<ClusterFixture>
{
    [Fact]
    public async Task The_script_reports_every_piece_of_the_topology_running()
    {
        var status = await cluster.ScriptAsync("status");

        foreach (var piece in new[] { "postgresql", "redis", "instance-1", "instance-2", "nginx" })
        {
            Assert.Matches($"(?m)^{piece} +running", status);
        }
    }

    [Fact]
    public async Task A_launch_on_one_instance_opens_a_panel_served_by_the_other_and_a_replayed_token_is_refused_by_both()
    {
        using var browser = cluster.Browser();
        var token = await DemoLaunchTokenAsync(browser);
        var (launch, launchedBy) = await cluster.GetAsync(browser, LaunchPath(token));
        Assert.Equal(HttpStatusCode.Redirect, launch.StatusCode);
        var panel = launch.Headers.Location!.OriginalString;

        // nginx takes turns between the instances: within two more requests the other one serves the panel.
        var servedBy = new List<string>();
        for (var view = 0; view < 2 && !servedBy.Any(s => s != launchedBy); view++)
        {
            var (response, instance) = await cluster.GetAsync(browser, panel);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("Family Context", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            servedBy.Add(instance);
        }

        Assert.Contains(servedBy, s => s != launchedBy);

        using var elsewhere = cluster.Browser();
        var refusedBy = new HashSet<string>();
        for (var replay = 0; replay < 4 && refusedBy.Count < 2; replay++)
        {
            var (response, instance) = await cluster.GetAsync(elsewhere, LaunchPath(token));
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.DoesNotContain("   at ", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            refusedBy.Add(instance);
        }

        Assert.Equal(new HashSet<string> { cluster.InstanceAddress(1), cluster.InstanceAddress(2) }, refusedBy);
    }

    [Fact]
    public async Task The_worker_s_panel_keeps_working_when_the_instance_serving_it_is_killed()
    {
        using var browser = cluster.Browser();
        var (launch, _) = await cluster.GetAsync(browser, LaunchPath(await DemoLaunchTokenAsync(browser)));
        Assert.Equal(HttpStatusCode.Redirect, launch.StatusCode);
        var panel = launch.Headers.Location!.OriginalString;
        var (first, servedBy) = await cluster.GetAsync(browser, panel);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);

        var killed = cluster.InstanceNumber(servedBy);
        await cluster.ScriptAsync("stop-instance", killed.ToString(System.Globalization.CultureInfo.InvariantCulture));
        try
        {
            foreach (var path in new[] { panel, panel, "/api/v1" + panel, panel })
            {
                var (response, instance) = await cluster.GetAsync(browser, path);
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.NotEqual(servedBy, instance);
            }
        }
        finally
        {
            await cluster.ScriptAsync("start-instance", killed.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public async Task New_launches_work_again_on_both_instances_after_Redis_restarts_empty()
    {
        await cluster.ScriptAsync("restart-redis");

        // While the instances reconnect, a launch may be refused with a clear page (a token whose single use cannot be checked is
        // not accepted; one made before Redis came back is "made before the service last restarted"); a new one then opens.
        using var browser = cluster.Browser();
        HttpResponseMessage? launch = null;
        for (var attempt = 0; attempt < 30; attempt++)
        {
            (launch, _) = await cluster.GetAsync(browser, LaunchPath(await DemoLaunchTokenAsync(browser)));
            if (launch.StatusCode == HttpStatusCode.Redirect)
            {
                break;
            }

            Assert.Contains(launch.StatusCode, new[] { HttpStatusCode.ServiceUnavailable, HttpStatusCode.Unauthorized });
            Assert.DoesNotContain("   at ", await launch.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            await Task.Delay(TimeSpan.FromSeconds(1));
        }

        Assert.Equal(HttpStatusCode.Redirect, launch!.StatusCode);
        var servedBy = new HashSet<string>();
        for (var view = 0; view < 4 && servedBy.Count < 2; view++)
        {
            var (response, instance) = await cluster.GetAsync(browser, launch.Headers.Location!.OriginalString);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            servedBy.Add(instance);
        }

        Assert.Equal(2, servedBy.Count);
    }

    /// <summary>A launch token as the demo CMS mints it: the first child on /demo, opened by its social worker.</summary>
    private async Task<string> DemoLaunchTokenAsync(HttpClient browser)
    {
        var (list, _) = await cluster.GetAsync(browser, "/demo");
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        var child = ChildLink().Match(await list.Content.ReadAsStringAsync());
        Assert.True(child.Success, "the demo lists no child");
        var (page, _) = await cluster.GetAsync(browser, child.Value);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var token = LaunchToken().Match(await page.Content.ReadAsStringAsync());
        Assert.True(token.Success, "the demo's child page holds no launch link");
        return Uri.UnescapeDataString(token.Groups[1].Value);
    }

    private static string LaunchPath(string token) => $"/launch/demo?token={Uri.EscapeDataString(token)}";

    [GeneratedRegex("/demo/children/[0-9A-Za-z-]+")]
    private static partial Regex ChildLink();

    [GeneratedRegex("/launch/demo\\?token=([^\"&]+)")]
    private static partial Regex LaunchToken();
}
