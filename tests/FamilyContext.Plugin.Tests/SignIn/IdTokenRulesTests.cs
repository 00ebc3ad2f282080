using System.Security.Claims;
using System.Security.Cryptography;
using FamilyContext.Plugin.SignIn;
using FamilyContext.Plugin.Tests.Support;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace FamilyContext.Plugin.Tests.SignIn;

/// <summary>
/// The id_token rules the staff sign-in gives the framework's handler, one wrong thing at a time, against keys the test
/// controls: its validation parameters (as the handler completes them with the provider's issuer and keys), then the rules
/// this service adds (audience and azp, subject).
/// </summary>
public sealed class IdTokenRulesTests : IDisposable
{
    private const string Issuer = "https://idp.council.example";
    private const string ClientId = "family-context";
    private readonly ECDsa _providerKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
    private readonly ECDsa _otherKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
    private readonly RSA _providerRsa = RSA.Create(2048);
    private readonly ManualTimeProvider _time = new(new DateTimeOffset(2026, 11, 21, 10, 0, 0, TimeSpan.Zero));
    private readonly OpenIdConnectOptions _options = new();

    public IdTokenRulesTests() =>
        new StaffOpenIdConnect(Options.Create(new SignInOptions { Authority = new Uri(Issuer), ClientId = ClientId, ClientSecret = "s" }), _time)
            .Configure(StaffOpenIdConnect.Scheme, _options);

    [Fact]
    public async Task A_token_signed_by_the_provider_for_this_client_is_accepted()
    {
        var principal = await CheckAsync(Token());

        Assert.Equal("staff-1", principal.FindFirst("sub")?.Value);
    }

    public static TheoryData<string, string> Refusals() => new()
    {
        { "wrong-audience", "SecurityTokenInvalidAudienceException" },
        { "wrong-issuer", "SecurityTokenInvalidIssuerException" },
        { "expired", "SecurityTokenInvalidLifetimeException" },
        { "alg-none", "id_token refused" },
        { "hmac-with-public-key", "id_token refused" },
        { "published-key-algorithm-not-allowed", "id_token refused" },
        { "unknown-key", "SecurityTokenSignatureKeyNotFoundException" },
        { "several-audiences-no-azp", "authorized party" },
        { "no-subject", "no usable subject" },
        { "garbage", "refused (" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task A_token_wrong_in_one_way_is_refused_saying_why(string wrong, string reason)
    {
        var token = wrong switch
        {
            "wrong-audience" => Token(claims: c => c["aud"] = "another-client"),
            "wrong-issuer" => Token(claims: c => c["iss"] = "https://evil.example"),
            "expired" => Token(claims: c => c["exp"] = _time.GetUtcNow().AddMinutes(-10).ToUnixTimeSeconds()),
            "alg-none" => new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(Descriptor(_ => { }, signing: null)),
            "hmac-with-public-key" => Token(signing: new SigningCredentials(
                new SymmetricSecurityKey(_providerKey.ExportSubjectPublicKeyInfo()) { KeyId = "provider" }, SecurityAlgorithms.HmacSha256)),
            // The key is one the provider publishes; only the allow-list refuses RS512.
            "published-key-algorithm-not-allowed" => Token(signing: new SigningCredentials(new RsaSecurityKey(_providerRsa) { KeyId = "provider-rsa" }, SecurityAlgorithms.RsaSha512)),
            "unknown-key" => Token(signing: new SigningCredentials(new ECDsaSecurityKey(_otherKey) { KeyId = "other" }, SecurityAlgorithms.EcdsaSha256)),
            "several-audiences-no-azp" => Token(claims: c => c["aud"] = new[] { ClientId, "another-client" }),
            "no-subject" => Token(claims: c => c.Remove("sub")),
            _ => "a.b.c",
        };

        var refused = await Assert.ThrowsAsync<SignInRejectedException>(() => CheckAsync(token));

        Assert.True(refused.Reason.Contains(reason, StringComparison.Ordinal), refused.Reason);
    }

    [Fact]
    public async Task A_token_signed_with_an_allowed_algorithm_by_the_providers_other_key_is_accepted() =>
        Assert.Equal("staff-1", (await CheckAsync(Token(signing: new SigningCredentials(
            new RsaSecurityKey(_providerRsa) { KeyId = "provider-rsa" }, SecurityAlgorithms.RsaSha256)))).FindFirst("sub")?.Value);

    [Fact]
    public async Task A_token_for_several_audiences_is_accepted_when_this_client_is_its_authorized_party()
    {
        var token = Token(claims: c =>
        {
            c["aud"] = new[] { ClientId, "another-client" };
            c["azp"] = ClientId;
        });

        Assert.Equal("staff-1", (await CheckAsync(token)).FindFirst("sub")?.Value);
    }

    [Fact]
    public void The_handler_asks_for_the_code_flow_with_PKCE_and_a_nonce_answered_by_query_to_the_callback()
    {
        Assert.Equal((OpenIdConnectResponseType.Code, OpenIdConnectResponseMode.Query, true), (_options.ResponseType, _options.ResponseMode, _options.UsePkce));
        Assert.Equal(("/signin/callback", "staff"), (_options.CallbackPath.Value, _options.SignInScheme));
        Assert.True(_options.ProtocolValidator.RequireNonce);
        Assert.False(_options.MapInboundClaims);
    }

    [Theory]
    [InlineData("Correlation failed.", "no sign-in was started in this browser")]
    [InlineData("The oauth state was missing or invalid.", "state does not match")]
    [InlineData("Access was denied by the resource owner or by the remote server.", StaffOpenIdConnect.ProviderRefused)]
    public void What_the_handler_refuses_is_recorded_with_a_short_fixed_reason(string failure, string reason) =>
        Assert.Equal(reason, StaffOpenIdConnect.ReasonFor(new AuthenticationFailureException(failure)));

    [Fact]
    public void An_error_sent_by_the_provider_is_recorded_as_the_providers_refusal_without_its_text() =>
        Assert.Equal(StaffOpenIdConnect.ProviderRefused, StaffOpenIdConnect.ReasonFor(
            new OpenIdConnectProtocolException("Message contains error: 'access_denied', error_description: 'Jo Bloggs said no', error_uri: 'error_uri is null'.")));

    /// <summary>What the handler does with the id_token, then what this service's event adds.</summary>
    private async Task<ClaimsPrincipal> CheckAsync(string idToken)
    {
        var parameters = _options.TokenValidationParameters.Clone();
        parameters.ValidIssuer = Issuer;
        parameters.IssuerSigningKeys = [new ECDsaSecurityKey(_providerKey) { KeyId = "provider" }, new RsaSecurityKey(_providerRsa) { KeyId = "provider-rsa" }];
        var result = await new JsonWebTokenHandler { MapInboundClaims = false }.ValidateTokenAsync(idToken, parameters);
        if (!result.IsValid)
        {
            throw new SignInRejectedException(StaffOpenIdConnect.ReasonFor(result.Exception));
        }

        var principal = new ClaimsPrincipal(result.ClaimsIdentity);
        return StaffOpenIdConnect.Refusal(principal, ClientId) is { } refusal ? throw new SignInRejectedException(refusal) : principal;
    }

    private string Token(Action<Dictionary<string, object>>? claims = null, SigningCredentials? signing = null) =>
        new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(Descriptor(claims ?? (_ => { }),
            signing ?? new SigningCredentials(new ECDsaSecurityKey(_providerKey) { KeyId = "provider" }, SecurityAlgorithms.EcdsaSha256)));

    private SecurityTokenDescriptor Descriptor(Action<Dictionary<string, object>> change, SigningCredentials? signing)
    {
        var now = _time.GetUtcNow();
        var claims = new Dictionary<string, object>
        {
            ["iss"] = Issuer, ["aud"] = ClientId, ["sub"] = "staff-1", ["nonce"] = "n",
            ["iat"] = now.ToUnixTimeSeconds(), ["exp"] = now.AddMinutes(5).ToUnixTimeSeconds(),
        };
        change(claims);
        // Claims only: the descriptor's own Issuer/Audience/Expires would add what a test removed.
        return new SecurityTokenDescriptor { Claims = claims, SigningCredentials = signing, Subject = new ClaimsIdentity() };
    }

    public void Dispose()
    {
        _providerKey.Dispose();
        _otherKey.Dispose();
        _providerRsa.Dispose();
    }
}
