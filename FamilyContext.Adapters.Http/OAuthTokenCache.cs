using FamilyContext.Plugin.Abstractions;
using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using RestSharp;

namespace FamilyContext.Adapters.Http;

/// <summary>
/// OAuth 2.0 client credentials token, cached until shortly before it expires. <c>expires_in</c> is read as a JSON
/// number or as a string of digits (some CMSs quote it); anything else, or no lifetime at all, is refused.
/// </summary>
internal sealed class OAuthTokenCache(CmsConnectionOptions options, TimeProvider time) : IDisposable
{
    private static readonly TimeSpan RefreshMargin = TimeSpan.FromSeconds(60);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private string? _token;
    private DateTimeOffset _refreshAt;

    public async Task<string> GetTokenAsync(Func<RestRequest, string, CancellationToken, Task<RestResponse>> send, CancellationToken cancellationToken)
    {
        if (_token is { } cached && time.GetUtcNow() < _refreshAt)
        {
            return cached;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_token is { } fresh && time.GetUtcNow() < _refreshAt)
            {
                return fresh;
            }

            var response = await send(BuildRequest(), "token", cancellationToken);
            var (token, lifetime) = Parse(response);
            // Refresh a minute early (or at half-life for short-lived tokens) so a call never carries a token that expires in flight.
            var margin = lifetime > RefreshMargin * 2 ? RefreshMargin : lifetime / 2;
            _token = token;
            _refreshAt = time.GetUtcNow() + lifetime - margin;
            return _token!;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Forgets <paramref name="rejected"/> so the next call fetches a new token (unless another caller already has).</summary>
    public void Invalidate(string rejected)
    {
        if (_token == rejected)
        {
            _token = null;
        }
    }

    public void Dispose() => _gate.Dispose();

    private RestRequest BuildRequest()
    {
        var request = new RestRequest(options.TokenUrl!, Method.Post) { Timeout = options.Timeout };
        request.AddParameter("grant_type", "client_credentials");
        request.AddParameter("client_id", options.ClientId);
        request.AddParameter("client_secret", options.ClientSecret);
        if (!string.IsNullOrWhiteSpace(options.Scope))
        {
            request.AddParameter("scope", options.Scope);
        }

        return request;
    }

    private static (string Token, TimeSpan Lifetime) Parse(RestResponse response)
    {
        if ((int)response.StatusCode is 400 or 401 or 403)
        {
            throw new CmsAccessDeniedException($"The CMS token endpoint refused the client credentials ({(int)response.StatusCode}).");
        }

        if (!response.IsSuccessStatusCode)
        {
            throw new CmsUnavailableException($"The CMS token endpoint answered {(int)response.StatusCode}.");
        }

        var answer = CmsJson.Deserialize<TokenAnswer>(response.Content, "token endpoint");
        if (string.IsNullOrEmpty(answer.AccessToken))
        {
            throw new CmsUnavailableException("The CMS token endpoint answered without an access token.");
        }

        return (answer.AccessToken, ExpiresIn(answer.ExpiresIn));
    }

    /// <summary>The token lifetime from <c>expires_in</c>: a positive whole number of seconds, as a number or a string.</summary>
    internal static TimeSpan ExpiresIn(JToken? value)
    {
        long? seconds = value?.Type switch
        {
            JTokenType.Integer => value.Value<long>(),
            JTokenType.Float when value.Value<double>() is var d && d == Math.Floor(d) && d < int.MaxValue => (long)d,
            JTokenType.String when long.TryParse(value.Value<string>()?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => null,
        };
        return seconds is > 0 and <= int.MaxValue
            ? TimeSpan.FromSeconds(seconds.Value)
            : throw new CmsUnavailableException(
                "The CMS token endpoint answered without a usable expires_in: it must be a positive whole number of seconds, as a number or a string.");
    }

    private sealed class TokenAnswer
    {
        [JsonProperty("access_token")]
        public string? AccessToken { get; set; }

        [JsonProperty("expires_in")]
        public JToken? ExpiresIn { get; set; }
    }
}
