using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FamilyContext.Plugin.Demo;
using Microsoft.IdentityModel.Tokens;

namespace FamilyContext.Plugin.Tests.Support;

/// <summary>
/// A CMS the test controls: its own EC and RSA keys registered as launch issuer "test-cms", and hand-made tokens —
/// so a test can sign exactly the wrong thing an attacker would.
/// </summary>
public sealed class TestLaunchIssuer : IDisposable
{
    public const string Cms = "test-cms";
    public const string Issuer = "urn:test-cms";
    public const string Audience = "family-context";

    private readonly ECDsa _ec = ECDsa.Create(ECCurve.NamedCurves.nistP256);
    private readonly RSA _rsa = RSA.Create(2048);

    private readonly string _ecKid;
    private readonly string _rsaKid;

    /// <param name="keyGeneration">Told apart in key ids: a CMS that rotates its keys is a second issuer with generation 2.</param>
    public TestLaunchIssuer(PluginFactory factory, int keyGeneration = 1)
    {
        Factory = factory;
        _ecKid = $"ec{keyGeneration}";
        _rsaKid = $"rsa{keyGeneration}";
        factory.Settings[$"FamilyContext:Launch:Issuers:{Cms}:Issuer"] = Issuer;
        factory.Settings[$"FamilyContext:Launch:Issuers:{Cms}:JsonWebKeySet"] = Jwks;
    }

    public PluginFactory Factory { get; }

    /// <summary>The public JWKS the CMS registered (EC key "ec1" and RSA key "rsa1", for the first key generation).</summary>
    public string Jwks
    {
        get
        {
            var ec = _ec.ExportParameters(false);
            var rsa = _rsa.ExportParameters(false);
            return new JsonObject
            {
                ["keys"] = new JsonArray(
                    new JsonObject { ["kty"] = "EC", ["crv"] = "P-256", ["kid"] = _ecKid, ["use"] = "sig", ["x"] = B64(ec.Q.X!), ["y"] = B64(ec.Q.Y!) },
                    new JsonObject { ["kty"] = "RSA", ["kid"] = _rsaKid, ["use"] = "sig", ["n"] = B64(rsa.Modulus!), ["e"] = B64(rsa.Exponent!) }),
            }.ToJsonString();
        }
    }

    /// <summary>The keys are served from a URL instead of being configured as text.</summary>
    public void ServeKeysFrom(Uri jwksUrl)
    {
        Factory.Settings.Remove($"FamilyContext:Launch:Issuers:{Cms}:JsonWebKeySet");
        Factory.Settings[$"FamilyContext:Launch:Issuers:{Cms}:JsonWebKeySetUrl"] = jwksUrl.ToString();
    }

    /// <summary>The claims of a good launch token for the child, issued now for two minutes.</summary>
    public JsonObject Claims(string childId, string worker = "worker-1")
    {
        var now = Factory.Time.GetUtcNow().ToUnixTimeSeconds();
        return new JsonObject
        {
            ["iss"] = Issuer, ["aud"] = Audience, ["sub"] = worker, ["child"] = childId, ["jti"] = Guid.NewGuid().ToString("N"),
            ["iat"] = now, ["nbf"] = now, ["exp"] = now + 120, ["groups"] = new JsonArray(DemoLaunchKey.WorkersGroup),
        };
    }

    public string Sign(JsonObject claims, string alg = "ES256", JsonObject? extraHeader = null)
    {
        var header = new JsonObject { ["alg"] = alg, ["typ"] = "JWT", ["kid"] = alg.StartsWith("RS", StringComparison.Ordinal) ? _rsaKid : _ecKid };
        foreach (var (k, v) in extraHeader ?? [])
        {
            header[k] = v?.DeepClone();
        }

        var input = $"{B64(Encoding.UTF8.GetBytes(header.ToJsonString()))}.{B64(Encoding.UTF8.GetBytes(claims.ToJsonString()))}";
        var data = Encoding.ASCII.GetBytes(input);
        var signature = alg switch
        {
            "ES256" => _ec.SignData(data, HashAlgorithmName.SHA256),
            "RS256" => _rsa.SignData(data, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1),
            "none" => [],
            _ => throw new ArgumentException("Use SignHmac for HMAC.", nameof(alg)),
        };
        return $"{input}.{B64(signature)}";
    }

    /// <summary>An HS256 token keyed with the given secret — e.g. the CMS's public key, the classic key-confusion attack.</summary>
    public static string SignHmac(JsonObject claims, byte[] secret, string kid = "rsa1")
    {
        var header = new JsonObject { ["alg"] = "HS256", ["typ"] = "JWT", ["kid"] = kid };
        var input = $"{B64(Encoding.UTF8.GetBytes(header.ToJsonString()))}.{B64(Encoding.UTF8.GetBytes(claims.ToJsonString()))}";
        return $"{input}.{B64(HMACSHA256.HashData(secret, Encoding.ASCII.GetBytes(input)))}";
    }

    /// <summary>The RSA public key as PEM text and DER bytes: what a key-confusion attacker would use as an HMAC secret.</summary>
    public IEnumerable<byte[]> PublicKeyBytes()
    {
        yield return Encoding.ASCII.GetBytes(_rsa.ExportSubjectPublicKeyInfoPem());
        yield return _rsa.ExportSubjectPublicKeyInfo();
        yield return Encoding.UTF8.GetBytes(Jwks);
    }

    /// <summary>A token signed by a key this CMS has not published (as after a key rotation it forgot to publish), naming key id "rotated-2027".</summary>
    public static string SignWithAnUnpublishedKey(JsonObject claims)
    {
        using var otherFactory = new PluginFactory();
        using var other = new TestLaunchIssuer(otherFactory);
        return other.Sign(claims, extraHeader: new JsonObject { ["kid"] = "rotated-2027" });
    }

    public static Task<HttpResponseMessage> LaunchAsync(HttpClient browser, string token) =>
        browser.GetAsync(new Uri($"/launch/{Cms}?token={Uri.EscapeDataString(token)}", UriKind.Relative));

    public void Dispose()
    {
        _ec.Dispose();
        _rsa.Dispose();
    }

    private static string B64(byte[] bytes) => Base64UrlEncoder.Encode(bytes);
}
