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
/// test adds, and the ways a real one fails: garbage, server errors, slowness, refused credentials, search paging that
/// never reaches its total, service summaries that do not say how current they are. Search pages as our own original
/// API does: at most <see cref="ResultsPerPageLimit"/> a page, with X-Total-Results, X-Results-Per-Page and X-Page-Number.
/// </summary>
public sealed class RemoteApiServer : IAsyncDisposable
{
    public const string Token = "remote-test-token";
    private readonly List<(JsonObject Person, Dictionary<string, JsonObject?> Services)> _people = [];
    private WebApplication? _app;

    public enum Behaviour { Normal, Garbage, ServerError, Slow, MissingRecordsAvailable, OverstatedTotal, MissingLastSynchronised }

    public Behaviour Mode { get; set; }

    /// <summary>The most search results the server sends a page, whatever the client asks for.</summary>
    public int ResultsPerPageLimit { get; set; } = 50;

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
        _app.MapGet("/api/auth/status", () => Results.Ok(new { id = "family-context", name = "family-context", status = "authenticated" }));
        _app.MapPost("/api/search/person", async (HttpContext context) =>
        {
            var query = (await JsonNode.ParseAsync(context.Request.Body))!.AsObject();
            var found = _people.Select(p => p.Person)
                .Where(p => string.Equals((string?)p["firstName"], (string?)query["firstName"], StringComparison.OrdinalIgnoreCase)
                    && string.Equals((string?)p["lastName"], (string?)query["lastName"], StringComparison.OrdinalIgnoreCase))
                .ToList();
            var perPage = Math.Clamp((int?)query["paginationDetails"]?["resultsPerPage"] ?? ResultsPerPageLimit, 1, ResultsPerPageLimit);
            var page = Math.Max(1, (int?)query["paginationDetails"]?["pageNumber"] ?? 1);
            var total = found.Count + (Mode == Behaviour.OverstatedTotal ? 100 : 0);
            context.Response.Headers["X-Total-Results"] = total.ToString(System.Globalization.CultureInfo.InvariantCulture);
            context.Response.Headers["X-Results-Per-Page"] = perPage.ToString(System.Globalization.CultureInfo.InvariantCulture);
            context.Response.Headers["X-Page-Number"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Results.Json(found.Skip((page - 1) * perPage).Take(perPage).ToList());
        });
        _app.MapGet("/api/person/detail/{id}/service", (string id) =>
        {
            var entry = _people.SingleOrDefault(p => (string?)p.Person["id"] == id);
            return entry.Person is null ? Results.NotFound() : Results.Json(entry.Services.Select(s => Summary(s.Key, s.Value)).ToList());
        });
        _app.MapGet("/api/person/detail/{id}/service/{type}", (string id, string type) =>
        {
            var entry = _people.SingleOrDefault(p => (string?)p.Person["id"] == id);
            if (entry.Person is null || !entry.Services.TryGetValue(type, out var data))
            {
                return Results.NotFound();
            }

            return Results.Json(new JsonObject { ["summary"] = Summary(type, data), ["schema"] = new JsonObject(), ["data"] = data?.DeepClone() ?? new JsonObject() });
        });
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseUrl = new Uri(address + "/");
    }

    private JsonObject Summary(string type, JsonObject? data)
    {
        var summary = new JsonObject { ["id"] = type, ["title"] = type, ["coverageExplanation"] = "Remote coverage." };
        if (Mode != Behaviour.MissingLastSynchronised)
        {
            summary["lastSynchronised"] = "2026-11-20T06:00:00+00:00";
        }

        if (data?["matchConfidence"]?.GetValue<string>() == "possible")
        {
            // As a Family Context service serves a possible match: no recordsAvailable, the state in an extension field.
            summary["state"] = "PossibleMatch";
        }
        else if (Mode != Behaviour.MissingRecordsAvailable)
        {
            summary["recordsAvailable"] = data is not null;
        }

        return summary;
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
