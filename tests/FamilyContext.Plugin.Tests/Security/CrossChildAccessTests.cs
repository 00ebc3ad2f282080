using System.Net;
using FamilyContext.Plugin.Abstractions;
using FamilyContext.Plugin.Audit;
using FamilyContext.Plugin.Tests.Support;

namespace FamilyContext.Plugin.Tests.Security;

/// <summary>A session reads its own child's family and nothing else; every attempt beyond it is refused, audited and alerted.</summary>
public sealed class CrossChildAccessTests : IDisposable
{
    private readonly PluginFactory _factory = new();
    private readonly CmsPerson _childX;
    private readonly CmsPerson _childY;
    private readonly CmsPerson _motherOfY;
    private readonly CmsPerson _restrictedUncle;

    public CrossChildAccessTests()
    {
        _childX = _factory.Cms.Add(People.Person("740001", "Xena", "Crossley", new DateOnly(2018, 1, 1)));
        _childY = _factory.Cms.Add(People.Person("740101", "Yuri", "Yarrow", new DateOnly(2017, 1, 1)));
        _motherOfY = People.Person("740102", "Yolanda", "Yarrow", new DateOnly(1988, 1, 1));
        _factory.Cms.Link(_childY.Id, _motherOfY, RelationshipType.Parent, "Mother : Son");
        _restrictedUncle = People.Person("740002", "Ulric", "Crossley", new DateOnly(1980, 1, 1), restricted: true);
        _factory.Cms.Link(_childX.Id, _restrictedUncle, RelationshipType.Other, "Uncle : Niece");
    }

    [Theory]
    [InlineData("/panel/{0}/people/{1}/services/police")]
    [InlineData("/api/v1/panel/{0}/people/{1}/services/police")]
    public async Task A_worker_launched_for_one_child_asking_for_another_familys_person_is_refused_and_alerted(string path)
    {
        using var browser = _factory.Browser();
        var session = await _factory.LaunchAsync(browser, _childX.Id);

        foreach (var other in new[] { _childY.Id, _motherOfY.Id })
        {
            var response = await browser.GetAsync(new Uri(string.Format(System.Globalization.CultureInfo.InvariantCulture, path, session, other), UriKind.Relative));
            var body = await response.Content.ReadAsStringAsync();

            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.DoesNotContain("Yarrow", body, StringComparison.Ordinal);
            Assert.Contains(await _factory.AuditAsync(), r =>
                r.Action == AuditActions.AccessDenied && r.PersonId == other && r.ChildId == _childX.Id && r.SessionId == session && r.Alert);
        }
    }

    [Fact]
    public async Task A_restricted_person_in_the_family_is_shown_without_details_and_opening_them_is_refused_and_alerted()
    {
        using var browser = _factory.Browser();
        var session = await _factory.LaunchAsync(browser, _childX.Id);

        var panel = await browser.GetStringAsync(new Uri($"/panel/{session}", UriKind.Relative));
        var detail = await browser.GetAsync(new Uri($"/panel/{session}/people/{_restrictedUncle.Id}/services/police", UriKind.Relative));

        Assert.Contains("Restricted record", panel, StringComparison.Ordinal);
        Assert.DoesNotContain("Ulric", panel, StringComparison.Ordinal);
        Assert.DoesNotContain(_restrictedUncle.Id, panel, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, detail.StatusCode);
        Assert.Contains(await _factory.AuditAsync(), r => r.Action == AuditActions.AccessDenied && r.PersonId == _restrictedUncle.Id && r.Alert);
    }

    [Fact]
    public async Task A_restricted_child_is_refused_to_a_worker_without_permission_and_alerted()
    {
        var restricted = _factory.Cms.Add(People.Person("740201", "Rhea", "Locked", new DateOnly(2015, 1, 1), restricted: true));
        using var browser = _factory.Browser();
        var session = await _factory.LaunchAsync(browser, restricted.Id);

        var response = await browser.GetAsync(new Uri($"/panel/{session}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain("Rhea", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(await _factory.AuditAsync(), r => r.Action == AuditActions.AccessDenied && r.ChildId == restricted.Id && r.Detail == "restricted record" && r.Alert);
    }

    [Fact]
    public async Task A_session_id_copied_to_another_browser_opens_nothing()
    {
        using var worker = _factory.Browser();
        using var other = _factory.Browser();
        var session = await _factory.LaunchAsync(worker, _childX.Id);
        await _factory.LaunchAsync(other, _childY.Id); // the other browser has a binding cookie of its own

        var page = await other.GetAsync(new Uri($"/panel/{session}", UriKind.Relative));
        var api = await other.GetAsync(new Uri($"/api/v1/panel/{session}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, page.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        Assert.DoesNotContain("Xena", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_worker_no_rule_permits_is_refused_at_launch_audited_and_alerted()
    {
        using var browser = _factory.Browser();
        var token = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
            .GetRequiredService<FamilyContext.Plugin.Demo.DemoLaunchKey>(_factory.Services)
            .Mint("family-context", "outsider-1", "Outsider", _childX.Id, groups: ["another-council"]);

        var response = await browser.GetAsync(new Uri($"/launch/demo?token={Uri.EscapeDataString(token)}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains(await _factory.AuditAsync(), r => r.Action == AuditActions.AccessDenied && r.Actor == "outsider-1" && r.Alert);
    }

    [Fact]
    public async Task A_worker_opening_panels_faster_than_the_limit_is_paused_audited_and_alerted()
    {
        using var limited = new PluginFactory();
        limited.Settings["FamilyContext:RateLimits:WorkerRequestsPerMinute"] = "3";
        limited.Cms.Add(People.Person(_childX.Id, "Xena", "Crossley", new DateOnly(2018, 1, 1)));
        using var browser = limited.Browser();
        var session = await limited.LaunchAsync(browser, _childX.Id);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await browser.GetAsync(new Uri($"/api/v1/panel/{session}", UriKind.Relative))).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Contains(await limited.AuditAsync(), r => r.Action == AuditActions.AccessDenied && r.Detail == "rate limit" && r.Alert);
    }

    public void Dispose() => _factory.Dispose();
}
