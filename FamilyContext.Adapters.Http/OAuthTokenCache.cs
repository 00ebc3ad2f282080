using System.Globalization;
using Duende.IdentityModel.Client;
using FamilyContext.Plugin.Abstractions;
using Newtonsoft.Json.Linq;
using Polly;

namespace FamilyContext.Adapters.Http;

/// <summary>
/// OAuth 2.0 client credentials token, asked for with Duende.IdentityModel and cached until shortly before it expires.
/// Transient failures of the token endpoint are retried like the CMS calls. <c>expires_in</c> is read as a JSON number or
/// as a string of digits (some CMSs quote it); anything else, or no lifetime at all, is refused.
/// </summary>
internal sealed class OAuthTokenCache(HttpClient http, CmsConnectionOptions options, string systemName, TimeProvider time) : IDisposable
{
    private static readonly TimeSpan RefreshMargin = TimeSpan.FromSeconds(60);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly ResiliencePipeline<TokenResponse> _retry = CmsRetry.Build<TokenResponse>(options,
        r => r.ErrorType == ResponseErrorType.Exception || CmsRetry.IsTransient(r.HttpStatusCode));
    private string? _token;
    private DateTimeOffset _refreshAt;

    public async Task<string> GetTokenAsync(CancellationToken cancellationToken)
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

            var (token, lifetime) = Parse(await _retry.ExecuteAsync(static (self, ct) => new ValueTask<TokenResponse>(self.RequestAsync(ct)), this, cancellationToken));
            // Refresh a minute early (or at half-life for short-lived tokens) so a call never carries a token that expires in flight.
            var margin = lifetime > RefreshMargin * 2 ? RefreshMargin : lifetime / 2;
            _token = token;
            _refreshAt = time.GetUtcNow() + lifetime - margin;
            return _token;
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

    private async Task<TokenResponse> RequestAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Timeout);
        try
        {
            return await http.RequestClientCredentialsTokenAsync(new ClientCredentialsTokenRequest
            {
                Address = options.TokenUrl!.ToString(),
                ClientId = options.ClientId!,
                ClientSecret = options.ClientSecret,
                ClientCredentialStyle = ClientCredentialStyle.PostBody,
                Scope = string.IsNullOrWhiteSpace(options.Scope) ? "" : options.Scope, // an empty scope is not sent
            }, timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new CmsUnavailableException($"The {systemName} token endpoint gave no answer within {options.Timeout}.");
        }
    }

    private (string Token, TimeSpan Lifetime) Parse(TokenResponse response)
    {
        if (response.ErrorType == ResponseErrorType.Exception)
        {
            throw new CmsUnavailableException($"The {systemName} token endpoint could not be reached.", response.Exception);
        }

        if ((int)response.HttpStatusCode is 400 or 401 or 403)
        {
            throw new CmsAccessDeniedException($"The {systemName} token endpoint refused the client credentials ({(int)response.HttpStatusCode}).");
        }

        if (response.IsError)
        {
            throw new CmsUnavailableException($"The {systemName} token endpoint answered {(int)response.HttpStatusCode}.");
        }

        if (string.IsNullOrEmpty(response.AccessToken))
        {
            throw new CmsUnavailableException($"The {systemName} token endpoint answered without an access token.");
        }

        return (response.AccessToken, ExpiresIn(JObject.Parse(response.Raw!)["expires_in"], systemName));
    }

    /// <summary>The token lifetime from <c>expires_in</c>: a positive whole number of seconds, as a number or a string.</summary>
    internal static TimeSpan ExpiresIn(JToken? value, string systemName)
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
                $"The {systemName} token endpoint answered without a usable expires_in: it must be a positive whole number of seconds, as a number or a string.");
    }
}
