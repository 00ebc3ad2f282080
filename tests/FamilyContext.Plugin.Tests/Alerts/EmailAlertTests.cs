using FamilyContext.Plugin.Tests.Support;

namespace FamilyContext.Plugin.Tests.Alerts;

/// <summary>Alerts reach the configured addresses through a real SMTP conversation on loopback.</summary>
public sealed class EmailAlertTests : IDisposable
{
    private readonly LoopbackSmtpServer _smtp = new();
    private readonly PluginFactory _factory = new();

    public EmailAlertTests()
    {
        _factory.Settings["FamilyContext:Alerts:Email:SmtpHost"] = "127.0.0.1";
        _factory.Settings["FamilyContext:Alerts:Email:SmtpPort"] = _smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _factory.Settings["FamilyContext:Alerts:Email:EnableSsl"] = "false";
        _factory.Settings["FamilyContext:Alerts:Email:From"] = "family-context@council.example";
        _factory.Settings["FamilyContext:Alerts:Email:To:0"] = "ig-team@council.example";
    }

    [Fact]
    public async Task A_refused_launch_is_emailed_to_the_configured_address_without_the_token()
    {
        using var browser = _factory.Browser();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var received = _smtp.ReceiveAsync(timeout.Token);

        await browser.GetAsync(new Uri("/launch/demo?token=eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.", UriKind.Relative));
        var (recipients, message) = await received;

        Assert.Equal(["ig-team@council.example"], recipients);
        Assert.Contains("Subject: Family Context alert: launch-rejected", message, StringComparison.Ordinal);
        Assert.Contains("A link from demo to open a panel was refused because", message, StringComparison.Ordinal);
        Assert.DoesNotContain("eyJ", message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _factory.Dispose();
        _smtp.Dispose();
    }
}
