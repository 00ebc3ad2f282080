using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json;

namespace FamilyContext.CmsSimulators;

/// <summary>
/// What every vendor simulator shares: Kestrel on 127.0.0.1 with a free port, the OAuth token endpoint, the
/// fault switches, bearer-token checks and strictness. A vendor adds its routes in <see cref="MapApi"/>.
/// </summary>
public abstract class CmsSimulator : ICmsSimulator
{
    private readonly ConcurrentDictionary<string, bool> _validTokens = new();
    private readonly string _apiPrefix;
    private WebApplication? _app;

    protected CmsSimulator(string apiPrefix) => _apiPrefix = apiPrefix;

    public Uri BaseUrl { get; private set; } = null!;

    public Uri TokenUrl { get; private set; } = null!;

    public string ClientId => "family-context";

    public string ClientSecret => "simulator-secret";

    public SimulatorSwitches Switches { get; } = new();

    public SimulatorLog Log { get; } = new();

    public abstract (string Code, string Description) Describe(SeedRelation relation);

    public void ExpireIssuedTokens()
    {
        foreach (var token in _validTokens.Keys)
        {
            _validTokens[token] = false;
        }
    }

    /// <summary>Starts the server; the port is chosen by the operating system.</summary>
    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        _app = builder.Build();
        _app.Use(GuardAsync);
        _app.MapPost("/oauth/token", TokenAsync);
        MapApi(_app.MapGroup(_apiPrefix));
        _app.MapFallback(context =>
        {
            Log.Unexpected($"{context.Request.Method} {context.Request.Path}{context.Request.QueryString}");
            context.Response.StatusCode = StatusCodes.Status501NotImplemented;
            return Task.CompletedTask;
        });
        await _app.StartAsync();
        var address = new Uri(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        BaseUrl = new Uri(address, _apiPrefix.TrimEnd('/') + "/");
        TokenUrl = new Uri(address, "/oauth/token");
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>Adds the vendor's routes, relative to the API prefix.</summary>
    protected abstract void MapApi(IEndpointRouteBuilder api);

    /// <summary>Records a call the simulator did not expect (the test then fails) and answers 400.</summary>
    protected Task UnexpectedAsync(HttpContext context, string why)
    {
        Log.Unexpected($"{context.Request.Method} {context.Request.Path}{context.Request.QueryString}: {why}");
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        return Task.CompletedTask;
    }

    /// <summary>Writes <paramref name="body"/> as JSON (Newtonsoft, names as given).</summary>
    protected static Task WriteJsonAsync(HttpContext context, object body, int status = StatusCodes.Status200OK)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(JsonConvert.SerializeObject(body));
    }

    /// <summary>Reads a required positive whole-number query value; null (and an unexpected call) otherwise.</summary>
    protected int? QueryNumber(HttpContext context, string name, int minimum)
    {
        if (int.TryParse(context.Request.Query[name], out var value) && value >= minimum)
        {
            return value;
        }

        Log.Unexpected($"{context.Request.Path}{context.Request.QueryString}: query '{name}' missing or below {minimum}");
        return null;
    }

    /// <summary>
    /// The rows of one page and whether another follows, honouring the paging switches: endless paging repeats the
    /// last row on every page past the end; an empty last page is announced after the last full one.
    /// </summary>
    protected (IReadOnlyList<T> Items, bool HasMore) Slice<T>(IReadOnlyList<T> rows, int offset, int limit)
    {
        var items = rows.Skip(offset).Take(limit).ToList();
        if (Switches.EndlessPaging)
        {
            if (items.Count == 0 && rows.Count > 0)
            {
                items.Add(rows[^1]);
            }

            return (items, true);
        }

        var end = offset + items.Count;
        return (items, end < rows.Count || (Switches.EmptyLastPage && items.Count > 0));
    }

    /// <summary>The {id} route value.</summary>
    protected static string RouteId(HttpContext context) => (string)context.Request.RouteValues["id"]!;

    /// <summary>Answers 404.</summary>
    protected static Task NotFoundAsync(HttpContext context) =>
        WriteJsonAsync(context, new { error = "not found" }, StatusCodes.Status404NotFound);

    /// <summary>A day as the vendor writes it.</summary>
    protected static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private async Task GuardAsync(HttpContext context, RequestDelegate next)
    {
        if (!context.Request.Path.StartsWithSegments(_apiPrefix.TrimEnd('/'), StringComparison.Ordinal))
        {
            await next(context);
            return;
        }

        Log.Request($"{context.Request.Method} {context.Request.Path}{context.Request.QueryString}");
        if (Switches.Latency > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(Switches.Latency, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        var header = context.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.Ordinal))
        {
            await UnexpectedAsync(context, "no bearer token");
            return;
        }

        if (Switches.RejectAllTokens || !_validTokens.TryGetValue(header["Bearer ".Length..], out var valid) || !valid)
        {
            Log.Rejected();
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        if (Switches.Forbidden)
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
        }
        else if (Switches.AlwaysFail || Switches.TakeFailure())
        {
            await WriteJsonAsync(context, new { error = "simulated server error" }, StatusCodes.Status500InternalServerError);
        }
        else if (Switches.MalformedJson)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("{\"PERSON_ID\": 1001, \"RELATIONSHIPS\": [ {\"oops\"");
        }
        else
        {
            try
            {
                await next(context);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A simulator bug must fail the test, never pass for an injected fault.
                await UnexpectedAsync(context, "simulator error: " + ex);
            }
        }
    }

    private async Task TokenAsync(HttpContext context)
    {
        Log.TokenRequest();
        var form = context.Request.HasFormContentType ? await context.Request.ReadFormAsync() : null;
        if (form is null || form["grant_type"] != "client_credentials")
        {
            await UnexpectedAsync(context, "token request is not a client_credentials form post");
            return;
        }

        if (Switches.RefuseClientCredentials || form["client_id"] != ClientId || form["client_secret"] != ClientSecret)
        {
            await WriteJsonAsync(context, new { error = "invalid_client" }, StatusCodes.Status401Unauthorized);
            return;
        }

        var token = $"sim-{Guid.NewGuid():N}";
        _validTokens[token] = true;
        await WriteJsonAsync(context, new { access_token = token, token_type = "Bearer", expires_in = Switches.TokenLifetimeSeconds });
    }
}
