using System.Net;

namespace FamilyContext.Plugin.Tests.Support;

/// <summary>A webhook receiver on a free loopback port: answers the next call with the status a test chooses, and hands over its body.</summary>
public sealed class LoopbackWebhook : IDisposable
{
    private readonly HttpListener _listener = new();

    public LoopbackWebhook()
    {
        Url = $"http://127.0.0.1:{ExternalProcess.FreePort()}/alerts/";
        _listener.Prefixes.Add(Url);
        _listener.Start();
    }

    public string Url { get; }

    public async Task<string> ReceiveAsync(int status)
    {
        var context = await _listener.GetContextAsync();
        using var reader = new StreamReader(context.Request.InputStream);
        var body = await reader.ReadToEndAsync();
        context.Response.StatusCode = status;
        context.Response.Close();
        return body;
    }

    public void Dispose() => ((IDisposable)_listener).Dispose();
}
