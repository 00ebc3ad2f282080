using System.Net;
using System.Net.Http.Headers;
using System.Text;
using FamilyContext.Plugin.Audit;
using FamilyContext.Plugin.Tests.Support;

namespace FamilyContext.Plugin.Tests.Launch;

/// <summary>A launch form the service cannot read is a bad request: a plain page, audited, never a crash.</summary>
public sealed class LaunchFormTests : IDisposable
{
    private readonly PluginFactory _factory = new();

    public static TheoryData<string> MalformedForms() => ["missing-boundary", "utf-7", "too-many-fields", "truncated-multipart"];

    [Theory]
    [MemberData(nameof(MalformedForms))]
    public async Task A_launch_form_that_cannot_be_read_gets_a_plain_400_page_and_is_audited(string form)
    {
        using var browser = _factory.Browser();
        browser.DefaultRequestHeaders.Add("Cookie", "secret-cookie=do-not-echo");

        var response = await browser.PostAsync(new Uri("/launch/demo", UriKind.Relative), Body(form));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Family Context could not open", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        Assert.DoesNotContain("do-not-echo", body, StringComparison.Ordinal);
        var rejected = Assert.Single(await _factory.AuditAsync());
        Assert.Equal((AuditActions.LaunchRejected, AuditOutcomes.Rejected, "demo", "malformed-form"), (rejected.Action, rejected.Outcome, rejected.Cms, rejected.Detail));
        Assert.Null(rejected.Actor);
        Assert.Null(rejected.ChildId);
    }

    private static HttpContent Body(string form)
    {
        switch (form)
        {
            case "missing-boundary":
                var missing = new ByteArrayContent(Encoding.ASCII.GetBytes("--\r\n"));
                missing.Headers.TryAddWithoutValidation("Content-Type", "multipart/form-data; boundary=");
                return missing;
            case "utf-7":
                var utf7 = new ByteArrayContent(Encoding.ASCII.GetBytes("token=+AGEAYgBj-"));
                utf7.Headers.TryAddWithoutValidation("Content-Type", "application/x-www-form-urlencoded; charset=utf-7");
                return utf7;
            case "too-many-fields":
                return new FormUrlEncodedContent(Enumerable.Range(0, 1100).Select(i => new KeyValuePair<string, string>($"f{i}", "x")));
            case "truncated-multipart":
                var truncated = new ByteArrayContent(Encoding.ASCII.GetBytes("--b\r\nContent-Disposition: form-data; name=\"token\"\r\n\r\nabc"));
                truncated.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=b");
                return truncated;
            default:
                throw new ArgumentOutOfRangeException(nameof(form));
        }
    }

    public void Dispose() => _factory.Dispose();
}
