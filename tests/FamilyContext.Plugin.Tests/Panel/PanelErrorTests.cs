using System.Net;
using System.Text.Json;
using FamilyContext.Plugin.Abstractions;
using FamilyContext.Plugin.Tests.Support;

namespace FamilyContext.Plugin.Tests.Panel;

/// <summary>What the worker sees when something is wrong: a clear page or problem, the right status, no stack trace.</summary>
public sealed class PanelErrorTests : IDisposable
{
    private readonly PluginFactory _factory = new();
    private readonly CmsPerson _child;

    public PanelErrorTests() =>
        _child = _factory.Cms.Add(People.Person("500001", "Ava", "Testwell", _factory.Today.AddYears(-8)));

    [Fact]
    public async Task An_unknown_child_gives_404_with_a_clear_message_in_HTML_and_JSON()
    {
        using var browser = _factory.Browser();
        var session = await _factory.LaunchAsync(browser, "999999");

        var page = await browser.GetAsync(new Uri($"/panel/{session}", UriKind.Relative));
        var api = await browser.GetAsync(new Uri($"/api/v1/panel/{session}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("Child not found", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await api.Content.ReadAsStringAsync());
        Assert.Equal("Child not found", problem.RootElement.GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_launch_centred_on_an_adult_shows_no_panel_and_is_audited_and_alerted()
    {
        _factory.Cms.Add(People.Person("500050", "Olivia", "Ahmed", _factory.Today.AddYears(-27)));
        using var browser = _factory.Browser();
        var session = await _factory.LaunchAsync(browser, "500050");

        var page = await browser.GetAsync(new Uri($"/panel/{session}", UriKind.Relative));
        var api = await browser.GetAsync(new Uri($"/api/v1/panel/{session}", UriKind.Relative));

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (page.StatusCode, api.StatusCode));
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("Family Context shows only children", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Olivia", html, StringComparison.Ordinal);
        var audit = await _factory.AuditAsync();
        Assert.Equal(2, audit.Count(r => r.Action == Plugin.Audit.AuditActions.AccessDenied && r.ChildId == "500050" && r.Detail == "not a child" && r.Alert));
        Assert.DoesNotContain(audit, r => r.Action == Plugin.Audit.AuditActions.PanelShown);
    }

    [Theory]
    [InlineData("not%20an%20id")]
    [InlineData("%3Cscript%3E")]
    [InlineData("1'%20OR%20'1'='1")]
    public async Task A_malformed_person_id_gives_400(string personId)
    {
        using var browser = _factory.Browser();
        var session = await _factory.LaunchAsync(browser, _child.Id);

        var page = await browser.GetAsync(new Uri($"/panel/{session}/people/{personId}/services/police", UriKind.Relative));
        var api = await browser.GetAsync(new Uri($"/api/v1/panel/{session}/people/{personId}/services/police", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        Assert.DoesNotContain("<script>", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_person_not_linked_to_the_launched_child_gives_403()
    {
        _factory.Cms.Add(People.Person("500099", "Stranger", "Elsewhere", _factory.Today.AddYears(-40)));
        using var browser = _factory.Browser();
        var session = await _factory.LaunchAsync(browser, _child.Id);

        var response = await browser.GetAsync(new Uri($"/api/v1/panel/{session}/people/500099/services/police", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task An_unknown_service_gives_404()
    {
        using var browser = _factory.Browser();
        var session = await _factory.LaunchAsync(browser, _child.Id);

        var response = await browser.GetAsync(new Uri($"/api/v1/panel/{session}/people/{_child.Id}/services/astrology", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_panel_asked_for_without_a_session_gives_401_and_says_how_to_reopen_it()
    {
        using var browser = _factory.Browser();

        var response = await browser.GetAsync(new Uri("/panel/made-up-session-id", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("Open the child", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_session_used_from_another_browser_gives_401()
    {
        using var worker = _factory.Browser();
        var session = await _factory.LaunchAsync(worker, _child.Id);
        using var other = _factory.Browser();

        var response = await other.GetAsync(new Uri($"/api/v1/panel/{session}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_restricted_child_is_refused_with_a_clear_message()
    {
        _factory.Cms.Add(People.Person("500002", "Secret", "Testwell", _factory.Today.AddYears(-5), restricted: true));
        using var browser = _factory.Browser();
        var session = await _factory.LaunchAsync(browser, "500002");

        var response = await browser.GetAsync(new Uri($"/panel/{session}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("restricted", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Secret", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_restricted_child_is_shown_to_a_worker_with_permission()
    {
        _factory.Cms.Add(People.Person("500002", "Secret", "Testwell", _factory.Today.AddYears(-5), restricted: true));
        _factory.Cms.AllowRestricted("manager-1");
        using var browser = _factory.Browser();
        var session = await _factory.LaunchAsync(browser, "500002", worker: "manager-1");

        var response = await browser.GetAsync(new Uri($"/api/v1/panel/{session}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_CMS_that_cannot_be_reached_gives_503_and_shows_nothing()
    {
        using var browser = _factory.Browser();
        var session = await _factory.LaunchAsync(browser, _child.Id);
        _factory.Cms.FailWith = new CmsUnavailableException("timed out");

        var response = await browser.GetAsync(new Uri($"/panel/{session}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("not responding", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-a-token")]
    [InlineData("eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.")]
    public async Task A_missing_or_damaged_launch_token_gives_a_clear_error_page(string token)
    {
        using var browser = _factory.Browser();

        var response = await browser.GetAsync(new Uri($"/launch/demo?token={token}", UriKind.Relative));

        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.BadRequest, HttpStatusCode.Unauthorized });
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Family Context could not open", html, StringComparison.Ordinal);
        Assert.DoesNotContain("at FamilyContext", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_panel_API()
    {
        using var client = _factory.Browser();

        using var document = JsonDocument.Parse(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));

        var paths = document.RootElement.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/v1/panel/{sessionId}", out _));
        Assert.True(paths.TryGetProperty("/api/v1/panel/{sessionId}/people/{personId}/services/{serviceId}", out _));
    }

    public void Dispose() => _factory.Dispose();
}
