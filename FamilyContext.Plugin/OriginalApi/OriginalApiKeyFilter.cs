using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FamilyContext.Plugin.OriginalApi;

/// <summary>
/// Lets a request through only with a configured client's key (bearer token or <c>FCSESSIONID</c> cookie), compared
/// by hash in constant time; remembers the client's name for the logs.
/// </summary>
internal sealed class OriginalApiKeyFilter(IOptions<OriginalApiOptions> options, ILogger<OriginalApiKeyFilter> logger) : IEndpointFilter
{
    public const string SessionCookie = "FCSESSIONID";
    private const string ClientItem = "fc-original-api-client";

    public static string Client(HttpContext http) => (string)http.Items[ClientItem]!;

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var header = http.Request.Headers.Authorization.ToString();
        var key = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : http.Request.Cookies[SessionCookie];
        if (key is { Length: > 0 } && Find(key) is { } client)
        {
            http.Items[ClientItem] = client;
            return await next(context);
        }

        OriginalApiLog.Refused(logger, http.Request.Path);
        http.Response.Headers.WWWAuthenticate = "Bearer realm=\"family-context\"";
        return Results.Problem(title: "A client key is required", detail: "Send a configured client key as a bearer token.", statusCode: StatusCodes.Status401Unauthorized);
    }

    private string? Find(string key)
    {
        var presented = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        string? found = null;
        foreach (var (name, client) in options.Value.Clients)
        {
            // Every client is compared, so the time taken does not say which one nearly matched.
            if (Convert.FromHexString(client.KeySha256) is var expected && CryptographicOperations.FixedTimeEquals(presented, expected))
            {
                found = name;
            }
        }

        return found;
    }
}
