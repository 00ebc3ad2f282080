using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace FamilyContext.Plugin.Launch;

/// <summary>
/// A CMS's launch-signing key read from a PEM file (an elliptic-curve P-256 or RSA private key), with its key id: the
/// RFC 7638 thumbprint of its public half, so the key set published and the tokens signed always agree on <c>kid</c>.
/// </summary>
internal static class LaunchSigningKey
{
    public static AsymmetricSecurityKey FromPem(string pem)
    {
        AsymmetricSecurityKey key;
        if (pem.Contains("RSA PRIVATE KEY", StringComparison.Ordinal) || !TryEcdsa(pem, out var ecdsa))
        {
            var rsa = RSA.Create();
            rsa.ImportFromPem(pem); // ArgumentException / CryptographicException: neither an EC nor an RSA private key
            if (rsa.KeySize < 2048)
            {
                throw new ArgumentException("The RSA key is shorter than 2048 bits.");
            }

            key = new RsaSecurityKey(rsa);
        }
        else
        {
            key = new ECDsaSecurityKey(ecdsa);
        }

        key.KeyId = Base64UrlEncoder.Encode(JsonWebKeyConverter.ConvertFromSecurityKey(key).ComputeJwkThumbprint());
        return key;
    }

    /// <summary>The public half as a JSON Web Key Set, ready to publish or to paste into <c>JsonWebKeySet</c>.</summary>
    public static string PublicJwks(AsymmetricSecurityKey key)
    {
        var jwk = JsonWebKeyConverter.ConvertFromSecurityKey(key);
        object publicKey = key is RsaSecurityKey
            ? new { kty = jwk.Kty, use = "sig", alg = SecurityAlgorithms.RsaSha256, kid = key.KeyId, n = jwk.N, e = jwk.E }
            : new { kty = jwk.Kty, use = "sig", alg = SecurityAlgorithms.EcdsaSha256, kid = key.KeyId, crv = jwk.Crv, x = jwk.X, y = jwk.Y };
        return JsonSerializer.Serialize(new { keys = new[] { publicKey } });
    }

    private static bool TryEcdsa(string pem, out ECDsa ecdsa)
    {
        ecdsa = ECDsa.Create();
        try
        {
            ecdsa.ImportFromPem(pem);
            if (ecdsa.KeySize == 256)
            {
                return true;
            }
        }
        catch (Exception e) when (e is ArgumentException or CryptographicException)
        {
            // Not an elliptic-curve key: try RSA.
        }

        ecdsa.Dispose();
        return false;
    }
}
