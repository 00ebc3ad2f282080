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
    private readonly List<SeedPerson> _extraPeople = [];
    private readonly List<SeedLink> _extraLinks = [];
    private readonly string _apiPrefix;
    private WebApplication? _app;

    protected CmsSimulator(string apiPrefix) => _apiPrefix = apiPrefix;

    public Uri BaseUrl { get; private set; } = null!;

    public Uri TokenUrl { get; private set; } = null!;

    public string ClientId => "family-context";

    public string ClientSecret => "simulator-secret";

    public SimulatorSwitches Switches { get; } = new();

    public SimulatorLog Log { get; } = new();

    /// <summary>
    /// A JSON Web Key Set served at <c>/.well-known/jwks.json</c>, as a CMS publishes the public keys it signs launch
    /// tokens with; null (the default) serves none. Set before <see cref="StartAsync(int)"/>.
    /// </summary>
    public string? PublishedKeys { get; set; }

    /// <summary>Where <see cref="PublishedKeys"/> are served, once started.</summary>
    public Uri KeysUrl => new(TokenUrl, "/.well-known/jwks.json");

    public abstract (string Code, string Description) Describe(SeedRelation relation);

    /// <summary>
    /// Serves each code from <see cref="SeedFamily.CodeSampler"/>: one row held from the sampler's side, and one held
    /// only from the other person's side. Call before the adapter reads the sampler.
    /// </summary>
    public IReadOnlyList<ServedCode> ServeCodes(IEnumerable<(string Code, string? Description)> codes)
    {
        var served = new List<ServedCode>();
        foreach (var (code, description) in codes)
        {
            var n = 5001 + (2 * served.Count);
            var relative = n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var reverse = (n + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            _extraPeople.Add(new SeedPerson(relative, "Sample" + n, "Vance", new DateOnly(1980, 1, 1).AddDays(n), 'U', SeedFlag.No));
            _extraPeople.Add(new SeedPerson(reverse, "Sample" + (n + 1), "Vance", new DateOnly(1980, 1, 1).AddDays(n + 1), 'U', SeedFlag.No));
            _extraLinks.Add(new SeedLink(SeedFamily.CodeSampler, relative, SeedRelation.Sibling, SeedFamily.RelationshipsStart, Code: code, Description: description));
            _extraLinks.Add(new SeedLink(reverse, SeedFamily.CodeSampler, SeedRelation.Sibling, SeedFamily.RelationshipsStart, Code: code, Description: description));
            served.Add(new ServedCode(code, description, relative, reverse));
        }

        return served;
    }

    public void ExpireIssuedTokens()
    {
        foreach (var token in _validTokens.Keys)
        {
            _validTokens[token] = false;
        }
    }

    /// <summary>Starts the server; the port is chosen by the operating system.</summary>
    public Task StartAsync() => StartAsync(0);

    /// <summary>Starts the server on 127.0.0.1 at <paramref name="port"/> (0: a free port the operating system chooses).</summary>
    public async Task StartAsync(int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, port));
        _app = builder.Build();
        _app.Use(GuardAsync);
        _app.MapPost("/oauth/token", TokenAsync);
        if (PublishedKeys is { } keys)
        {
            _app.MapGet("/.well-known/jwks.json", (HttpContext context) =>
            {
                context.Response.ContentType = "application/json";
                return context.Response.WriteAsync(keys);
            });
        }

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

    /// <summary>Adds the vendor's routes, relative to the API prefix, each through <see cref="MapRoute"/>.</summary>
    protected abstract void MapApi(IEndpointRouteBuilder api);

    /// <summary>The format the vendor writes days in, unless <see cref="SimulatorSwitches.DateFormat"/> says otherwise.</summary>
    protected virtual string VendorDateFormat => "yyyy-MM-dd";

    /// <summary>Maps a GET route and tags it, so the log counts calls by <paramref name="route"/> and id.</summary>
    protected static void MapRoute(IEndpointRouteBuilder api, SimulatorRoute route, string pattern, RequestDelegate handler) =>
        api.MapGet(pattern, handler).WithMetadata(new RouteTag(route));

    /// <summary>A seeded person, or one served by <see cref="ServeCodes"/>.</summary>
    protected SeedPerson? Person(string id) => SeedFamily.Person(id) ?? _extraPeople.FirstOrDefault(p => p.Id == id);

    /// <summary>Every row touching the person, seeded or served by <see cref="ServeCodes"/>.</summary>
    protected IReadOnlyList<SeedLink> LinksTouching(string id) =>
        [.. SeedFamily.LinksTouching(id), .. _extraLinks.Where(l => l.PersonId == id || l.OtherPersonId == id)];

    /// <summary>The vendor's code and wording for a row.</summary>
    protected (string Code, string? Description) CodeOf(SeedLink link) =>
        link.Code is { } code ? (code, link.Description) : Describe(link.Relation);

    /// <summary>Records a personal value as served (names, dates of birth as written, identifiers) and returns it.</summary>
    protected string? Personal(string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            Log.Served(value);
        }

        return value;
    }

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

    /// <summary>A day as the vendor writes it (or as <see cref="SimulatorSwitches.DateFormat"/> says).</summary>
    protected string? Day(DateOnly? day) => day?.ToDateTime(TimeOnly.MinValue).ToString(Switches.DateFormat ?? VendorDateFormat, System.Globalization.CultureInfo.InvariantCulture);

    private async Task GuardAsync(HttpContext context, RequestDelegate next)
    {
        if (!context.Request.Path.StartsWithSegments(_apiPrefix.TrimEnd('/'), StringComparison.Ordinal))
        {
            await next(context);
            return;
        }

        var tag = context.GetEndpoint()?.Metadata.GetMetadata<RouteTag>();
        Log.Request($"{context.Request.Method} {context.Request.Path}{context.Request.QueryString}", tag?.Route, context.Request.RouteValues["id"] as string);
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
        var answer = new Dictionary<string, object?> { ["access_token"] = token, ["token_type"] = "Bearer" };
        if (Switches.TokenExpiresIn is { } expiresIn)
        {
            answer["expires_in"] = expiresIn;
        }

        await WriteJsonAsync(context, answer);
    }

    private sealed record RouteTag(SimulatorRoute Route);
}
