using System.Security.Claims;
using System.Security.Cryptography;
using FamilyContext.Plugin.SignIn;
using FamilyContext.Plugin.Tests.Support;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace FamilyContext.Plugin.Tests.SignIn;

/// <summary>The id_token checks, one wrong thing at a time, against keys the test controls.</summary>
public sealed class OidcClientTests : IDisposable
{
    private const string Issuer = "https://idp.council.example";
    private const string ClientId = "family-context";
    private const string Nonce = "expected-nonce";
    private readonly ECDsa _providerKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
    private readonly ECDsa _otherKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
    private readonly ManualTimeProvider _time = new(new DateTimeOffset(2026, 11, 21, 10, 0, 0, TimeSpan.Zero));
    private readonly OpenIdConnectConfiguration _configuration = new() { Issuer = Issuer };
    private readonly OidcClient _client;

    public OidcClientTests()
    {
        _configuration.SigningKeys.Add(new ECDsaSecurityKey(_providerKey) { KeyId = "provider" });
        _client = new OidcClient(Options.Create(new SignInOptions { Authority = new Uri(Issuer), ClientId = ClientId, ClientSecret = "s" }), null!, _time);
    }

    [Fact]
    public async Task A_token_signed_by_the_provider_for_this_client_with_the_nonce_is_accepted()
    {
        var jwt = await _client.CheckIdTokenAsync(Token(), Nonce, _configuration);

        Assert.Equal("staff-1", jwt.Subject);
    }

    public static TheoryData<string, string> Refusals() => new()
    {
        { "wrong-nonce", "nonce does not match" },
        { "no-nonce", "nonce does not match" },
        { "wrong-audience", "SecurityTokenInvalidAudienceException" },
        { "wrong-issuer", "SecurityTokenInvalidIssuerException" },
        { "expired", "SecurityTokenInvalidLifetimeException" },
        { "alg-none", "SecurityTokenInvalidAlgorithmException" },
        { "hmac-with-public-key", "SecurityTokenInvalidAlgorithmException" },
        { "unknown-key", "SecurityTokenSignatureKeyNotFoundException" },
        { "several-audiences-no-azp", "authorized party" },
        { "no-subject", "no usable subject" },
        { "garbage", "SecurityTokenMalformedException" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task A_token_wrong_in_one_way_is_refused_saying_why(string wrong, string reason)
    {
        var token = wrong switch
        {
            "wrong-nonce" => Token(claims: c => c["nonce"] = "another-nonce"),
            "no-nonce" => Token(claims: c => c.Remove("nonce")),
            "wrong-audience" => Token(claims: c => c["aud"] = "another-client"),
            "wrong-issuer" => Token(claims: c => c["iss"] = "https://evil.example"),
            "expired" => Token(claims: c => c["exp"] = _time.GetUtcNow().AddMinutes(-10).ToUnixTimeSeconds()),
            "alg-none" => new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(Descriptor(_ => { }, signing: null)),
            "hmac-with-public-key" => Token(signing: new SigningCredentials(
                new SymmetricSecurityKey(_providerKey.ExportSubjectPublicKeyInfo()) { KeyId = "provider" }, SecurityAlgorithms.HmacSha256)),
            "unknown-key" => Token(signing: new SigningCredentials(new ECDsaSecurityKey(_otherKey) { KeyId = "other" }, SecurityAlgorithms.EcdsaSha256)),
            "several-audiences-no-azp" => Token(claims: c => c["aud"] = new[] { ClientId, "another-client" }),
            "no-subject" => Token(claims: c => c.Remove("sub")),
            _ => "a.b.c",
        };

        var refused = await Assert.ThrowsAsync<SignInRejectedException>(() => _client.CheckIdTokenAsync(token, Nonce, _configuration));

        Assert.True(refused.Reason.Contains(reason, StringComparison.Ordinal), refused.InnerException?.ToString());
    }

    [Fact]
    public async Task A_token_for_several_audiences_is_accepted_when_this_client_is_its_authorized_party()
    {
        var token = Token(claims: c =>
        {
            c["aud"] = new[] { ClientId, "another-client" };
            c["azp"] = ClientId;
        });

        Assert.Equal("staff-1", (await _client.CheckIdTokenAsync(token, Nonce, _configuration)).Subject);
    }

    private string Token(Action<Dictionary<string, object>>? claims = null, SigningCredentials? signing = null) =>
        new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(Descriptor(claims ?? (_ => { }),
            signing ?? new SigningCredentials(new ECDsaSecurityKey(_providerKey) { KeyId = "provider" }, SecurityAlgorithms.EcdsaSha256)));

    private SecurityTokenDescriptor Descriptor(Action<Dictionary<string, object>> change, SigningCredentials? signing)
    {
        var now = _time.GetUtcNow();
        var claims = new Dictionary<string, object>
        {
            ["iss"] = Issuer, ["aud"] = ClientId, ["sub"] = "staff-1", ["nonce"] = Nonce,
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
    }
}
