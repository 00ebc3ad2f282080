using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using FamilyContext.Plugin.Launch;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace FamilyContext.Plugin.SignIn;

/// <summary>
/// The whole OpenID Connect relying-party protocol, in one place: discovery, the authorization request
/// (code flow, PKCE S256, state, nonce), the code exchange, and id_token validation against the provider's
/// published keys (asymmetric algorithms only, issuer, audience, azp, lifetime, nonce).
/// </summary>
internal sealed class OidcClient
{
    private static readonly string[] AllowedAlgorithms =
        [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSsaPssSha256, SecurityAlgorithms.EcdsaSha256];

    private readonly IOptions<SignInOptions> _options;
    private readonly IHttpClientFactory _httpClients;
    private readonly TimeProvider _time;
    private readonly Lazy<ConfigurationManager<OpenIdConnectConfiguration>> _configuration;
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };

    public OidcClient(IOptions<SignInOptions> options, IHttpClientFactory httpClients, TimeProvider time)
    {
        _options = options;
        _httpClients = httpClients;
        _time = time;
        _configuration = new(() =>
        {
            var o = _options.Value;
            var metadata = new Uri(o.Authority!.ToString().TrimEnd('/') + "/.well-known/openid-configuration");
            return new ConfigurationManager<OpenIdConnectConfiguration>(metadata.ToString(), new OpenIdConnectConfigurationRetriever(),
                new HttpDocumentRetriever(_httpClients.CreateClient(nameof(OidcClient))) { RequireHttps = o.RequireHttpsMetadata });
        });
    }

    /// <summary>A new attempt (fresh state, nonce and PKCE verifier) and the provider URL to send the browser to.</summary>
    public async Task<(Uri Url, SignInState State)> StartAsync(string redirectUri, string returnUrl, CancellationToken cancellationToken)
    {
        var o = _options.Value;
        var configuration = await _configuration.Value.GetConfigurationAsync(cancellationToken);
        var state = new SignInState(Random(), Random(), Random(), returnUrl, _time.GetUtcNow());
        var query = new Dictionary<string, string>
        {
            ["response_type"] = "code",
            ["client_id"] = o.ClientId,
            ["redirect_uri"] = redirectUri,
            ["scope"] = o.Scopes,
            ["state"] = state.State,
            ["nonce"] = state.Nonce,
            ["code_challenge"] = Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(state.CodeVerifier))),
            ["code_challenge_method"] = "S256",
        };
        var url = configuration.AuthorizationEndpoint + (configuration.AuthorizationEndpoint.Contains('?', StringComparison.Ordinal) ? "&" : "?") +
            string.Join("&", query.Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value)}"));
        return (new Uri(url), state);
    }

    /// <summary>Checks the returned state, redeems the code with the PKCE verifier, and returns the validated id_token.</summary>
    /// <exception cref="SignInRejectedException">Anything does not match.</exception>
    public async Task<JsonWebToken> CompleteAsync(SignInState expected, string? state, string? code, string redirectUri, CancellationToken cancellationToken)
    {
        var o = _options.Value;
        if (_time.GetUtcNow() - expected.StartedAt > o.SignInTimeout)
        {
            throw new SignInRejectedException("sign-in took too long");
        }

        if (state is null || !CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(state), Encoding.ASCII.GetBytes(expected.State)))
        {
            throw new SignInRejectedException("state does not match");
        }

        if (string.IsNullOrEmpty(code) || code.Length > 4096)
        {
            throw new SignInRejectedException("no authorization code");
        }

        var configuration = await _configuration.Value.GetConfigurationAsync(cancellationToken);
        var idToken = await RedeemAsync(configuration.TokenEndpoint, code, expected.CodeVerifier, redirectUri, cancellationToken);
        try
        {
            return await CheckIdTokenAsync(idToken, expected.Nonce, configuration);
        }
        catch (SignInRejectedException e) when (e.InnerException is SecurityTokenSignatureKeyNotFoundException)
        {
            // The provider may have rotated its keys since discovery was read: read it again, once.
            _configuration.Value.RequestRefresh();
            return await CheckIdTokenAsync(idToken, expected.Nonce, await _configuration.Value.GetConfigurationAsync(cancellationToken));
        }
    }

    /// <summary>The id_token's signature (by one of the provider's published asymmetric keys), issuer, audience, lifetime, nonce, azp and subject.</summary>
    internal async Task<JsonWebToken> CheckIdTokenAsync(string idToken, string expectedNonce, OpenIdConnectConfiguration configuration)
    {
        var result = await ValidateAsync(idToken, configuration);
        if (!result.IsValid)
        {
            throw new SignInRejectedException($"id_token refused ({result.Exception?.GetType().Name})", result.Exception);
        }

        var jwt = (JsonWebToken)result.SecurityToken;
        if (!jwt.TryGetPayloadValue<string>("nonce", out var nonce) ||
            !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(nonce), Encoding.UTF8.GetBytes(expectedNonce)))
        {
            throw new SignInRejectedException("nonce does not match");
        }

        if (jwt.Audiences.Count() > 1 && (!jwt.TryGetPayloadValue<string>("azp", out var azp) || azp != _options.Value.ClientId))
        {
            throw new SignInRejectedException("id_token has several audiences and this service is not its authorized party");
        }

        if (string.IsNullOrEmpty(jwt.Subject) || jwt.Subject.Length > 256)
        {
            throw new SignInRejectedException("id_token has no usable subject");
        }

        return jwt;
    }

    private Task<TokenValidationResult> ValidateAsync(string idToken, OpenIdConnectConfiguration configuration)
    {
        var o = _options.Value;
        if (!_handler.CanReadToken(idToken))
        {
            return Task.FromResult(new TokenValidationResult { IsValid = false, Exception = new SecurityTokenMalformedException("id_token unreadable") });
        }

        string alg;
        try
        {
            alg = _handler.ReadJsonWebToken(idToken).Alg;
        }
        catch (Exception e) when (e is ArgumentException or SecurityTokenException)
        {
            return Task.FromResult(new TokenValidationResult { IsValid = false, Exception = new SecurityTokenMalformedException("id_token unreadable", e) });
        }

        if (!AllowedAlgorithms.Contains(alg, StringComparer.Ordinal))
        {
            return Task.FromResult(new TokenValidationResult { IsValid = false, Exception = new SecurityTokenInvalidAlgorithmException("id_token algorithm refused") });
        }

        var now = _time.GetUtcNow().UtcDateTime;
        return _handler.ValidateTokenAsync(idToken, new TokenValidationParameters
        {
            ValidIssuer = configuration.Issuer,
            ValidAudience = o.ClientId,
            IssuerSigningKeys = configuration.SigningKeys.Where(k => k is AsymmetricSecurityKey or JsonWebKey { Kty: "RSA" or "EC" }),
            ValidAlgorithms = AllowedAlgorithms,
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            LifetimeValidator = (notBefore, expires, _, _) => TokenLifetime.IsCurrent(notBefore, expires, now, o.ClockSkew),
        });
    }

    private async Task<string> RedeemAsync(string tokenEndpoint, string code, string verifier, string redirectUri, CancellationToken cancellationToken)
    {
        var o = _options.Value;
        using var request = new HttpRequestMessage(HttpMethod.Post, tokenEndpoint)
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "authorization_code",
                ["code"] = code,
                ["redirect_uri"] = redirectUri,
                ["code_verifier"] = verifier,
            }),
        };
        // RFC 6749 2.3.1: id and secret are form-encoded before being joined for Basic authentication.
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(
            $"{Uri.EscapeDataString(o.ClientId)}:{Uri.EscapeDataString(o.ClientSecret)}")));
        using var response = await _httpClients.CreateClient(nameof(OidcClient)).SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new SignInRejectedException($"token endpoint answered {(int)response.StatusCode}");
        }

        using var json = JsonDocument.Parse(await response.Content.ReadAsStreamAsync(cancellationToken));
        return json.RootElement.TryGetProperty("id_token", out var idToken) && idToken.GetString() is { } text
            ? text
            : throw new SignInRejectedException("token endpoint returned no id_token");
    }

    private static string Random() => Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
}
