using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FamilyContext.Plugin.Tests.Support;

/// <summary>A CMS's JWKS endpoint over real HTTP on loopback: the test sets the document, counts fetches, and can make it fail.</summary>
public sealed class JwksServer : IAsyncDisposable
{
    private WebApplication? _app;
    private int _fetches;

    /// <summary>The JWKS document served.</summary>
    public string Document { get; set; } = """{"keys":[]}""";

    /// <summary>While true, every fetch answers 503, as a CMS in an outage would.</summary>
    public bool Failing { get; set; }

    public int Fetches => Volatile.Read(ref _fetches);

    public Uri Url { get; private set; } = new("http://127.0.0.1/");

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.MapGet("/.well-known/jwks.json", () =>
        {
            Interlocked.Increment(ref _fetches);
            return Failing ? Results.StatusCode(StatusCodes.Status503ServiceUnavailable) : Results.Text(Document, "application/json");
        });
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Url = new Uri(address + "/.well-known/jwks.json");
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
