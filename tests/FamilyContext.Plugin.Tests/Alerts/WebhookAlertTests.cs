using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using FamilyContext.Plugin.Alerts;
using FamilyContext.Plugin.Tests.Support;

namespace FamilyContext.Plugin.Tests.Alerts;

/// <summary>Alerts reach a real webhook listening on loopback, signed so the receiver can trust them.</summary>
public sealed class WebhookAlertTests : IDisposable
{
    private const string Secret = "webhook-test-secret";
    private readonly HttpListener _listener = new();
    private readonly PluginFactory _factory = new();

    public WebhookAlertTests()
    {
        var port = FreePort();
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/alerts/");
        _listener.Start();
        _factory.Settings["FamilyContext:Alerts:WebhookUrl"] = $"http://127.0.0.1:{port}/alerts/";
        _factory.Settings["FamilyContext:Alerts:WebhookSecret"] = Secret;
    }

    [Fact]
    public async Task A_rejected_launch_is_posted_to_the_webhook_with_a_valid_signature_and_no_token()
    {
        using var browser = _factory.Browser();
        var received = ReceiveAsync();

        await browser.GetAsync(new Uri("/launch/demo?token=eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.", UriKind.Relative));
        var (body, signature) = await received.WaitAsync(TimeSpan.FromSeconds(30));

        using var json = JsonDocument.Parse(body);
        Assert.Equal("launch-rejected", json.RootElement.GetProperty("action").GetString());
        Assert.Equal("demo", json.RootElement.GetProperty("cms").GetString());
        Assert.Equal("sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.UTF8.GetBytes(body))), signature);
        Assert.DoesNotContain("eyJ", body, StringComparison.Ordinal);
    }

    private async Task<(string Body, string? Signature)> ReceiveAsync()
    {
        var context = await _listener.GetContextAsync();
        using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        var signature = context.Request.Headers[WebhookAlertSender.SignatureHeader];
        context.Response.StatusCode = 204;
        context.Response.Close();
        return (body, signature);
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        _factory.Dispose();
        _listener.Close();
    }
}
