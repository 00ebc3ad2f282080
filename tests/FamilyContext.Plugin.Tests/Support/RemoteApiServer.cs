using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FamilyContext.Plugin.Tests.Support;

/// <summary>
/// A small server speaking the original Family Context API over real HTTP on loopback, with people and records a
/// test adds, and the ways a real one fails: garbage, server errors, slowness, refused credentials.
/// </summary>
public sealed class RemoteApiServer : IAsyncDisposable
{
    public const string Token = "remote-test-token";
    private readonly List<(JsonObject Person, Dictionary<string, JsonObject?> Services)> _people = [];
    private WebApplication? _app;

    public enum Behaviour { Normal, Garbage, ServerError, Slow, MissingRecordsAvailable }

    public Behaviour Mode { get; set; }

    public int Requests { get; private set; }

    public Uri BaseUrl { get; private set; } = new("http://127.0.0.1/");

    /// <summary>Adds a person; each service maps to its data, or to null for "no records".</summary>
    public void Add(string id, string first, string last, string dob, string? address, Dictionary<string, JsonObject?> services) =>
        _people.Add((new JsonObject { ["id"] = id, ["firstName"] = first, ["lastName"] = last, ["dateOfBirth"] = dob, ["gender"] = "female", ["address"] = address }, services));

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.Use(async (context, next) =>
        {
            Requests++;
            var bearer = context.Request.Headers.Authorization.ToString() == $"Bearer {Token}";
            var cookie = context.Request.Cookies["FCSESSIONID"] == Token;
            if (!bearer && !cookie)
            {
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                return;
            }

            switch (Mode)
            {
                case Behaviour.Garbage:
                    await context.Response.WriteAsync("<html>Service temporarily moved</html>");
                    return;
                case Behaviour.ServerError:
                    context.Response.StatusCode = StatusCodes.Status500InternalServerError;
                    return;
                case Behaviour.Slow:
                    await Task.Delay(TimeSpan.FromSeconds(5), context.RequestAborted);
                    break;
            }

            await next(context);
        });
        _app.MapPost("/api/search/person", async (HttpContext context) =>
        {
            var query = (await JsonNode.ParseAsync(context.Request.Body))!.AsObject();
            return Results.Json(_people.Select(p => p.Person)
                .Where(p => string.Equals((string?)p["firstName"], (string?)query["firstName"], StringComparison.OrdinalIgnoreCase)
                    && string.Equals((string?)p["lastName"], (string?)query["lastName"], StringComparison.OrdinalIgnoreCase))
                .ToList());
        });
        _app.MapGet("/api/person/detail/{id}/service/{type}", (string id, string type) =>
        {
            var entry = _people.SingleOrDefault(p => (string?)p.Person["id"] == id);
            if (entry.Person is null || !entry.Services.TryGetValue(type, out var data))
            {
                return Results.NotFound();
            }

            var summary = new JsonObject
            {
                ["id"] = type, ["title"] = type, ["lastSynchronised"] = "2026-11-20T06:00:00+00:00", ["coverageExplanation"] = "Remote coverage.",
            };
            if (Mode != Behaviour.MissingRecordsAvailable)
            {
                summary["recordsAvailable"] = data is not null;
            }

            return Results.Json(new JsonObject { ["summary"] = summary, ["schema"] = new JsonObject(), ["data"] = data?.DeepClone() ?? new JsonObject() });
        });
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseUrl = new Uri(address + "/");
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
