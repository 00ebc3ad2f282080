using System.Security.Cryptography;
using System.Text.Json;
using FamilyContext.Plugin.Launch;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace FamilyContext.Plugin.Demo;

/// <summary>
/// The demo CMS's signing key, made fresh at every start (never stored) unless <see cref="DemoOptions.LaunchKeyFile"/> names
/// one that every instance shares, and the launch tokens the /demo page mints with it — exactly as a real CMS would launch the panel.
/// </summary>
internal sealed class DemoLaunchKey : IDisposable
{
    public const string Issuer = "urn:family-context:demo-cms";

    /// <summary>The group every demo worker is in; the demo permits it.</summary>
    public const string WorkersGroup = "demo-workers";
    private readonly ECDsa _key;
    private readonly ECDsaSecurityKey _securityKey;
    private readonly TimeProvider _time;

    // Deliberately no dependency on LaunchOptions: the demo's key is itself added to LaunchOptions.
    public DemoLaunchKey(TimeProvider time, IOptions<DemoOptions> options)
    {
        _time = time;
        _key = options.Value.LaunchKeyFile is { Length: > 0 } file ? Read(file) : ECDsa.Create(ECCurve.NamedCurves.nistP256);
        // A shared key has the same id on every instance: the first bytes of its public key's hash.
        _securityKey = new ECDsaSecurityKey(_key) { KeyId = Convert.ToHexString(SHA256.HashData(_key.ExportSubjectPublicKeyInfo()).AsSpan(0, 8)) };
    }

    /// <summary>The public half, as the JWKS a CMS administrator would register.</summary>
    public string PublicJwks()
    {
        var p = _key.ExportParameters(includePrivateParameters: false);
        return JsonSerializer.Serialize(new
        {
            keys = new[]
            {
                new { kty = "EC", crv = "P-256", use = "sig", alg = "ES256", kid = _securityKey.KeyId, x = Base64UrlEncoder.Encode(p.Q.X), y = Base64UrlEncoder.Encode(p.Q.Y) },
            },
        });
    }

    /// <summary>A launch token naming the worker and the child (and the worker's groups: by default the demo workers' group), valid for two minutes, usable once.</summary>
    public string Mint(string audience, string workerId, string workerName, string childId, TimeSpan? lifetime = null, IReadOnlyList<string>? groups = null) =>
        LaunchTokenMinter.Mint(_securityKey, new LaunchTokenContent(Issuer, audience, workerId, childId, _time.GetUtcNow().UtcDateTime,
            lifetime ?? TimeSpan.FromMinutes(2), groups ?? [WorkersGroup], workerName));

    public void Dispose() => _key.Dispose();

    private static ECDsa Read(string file)
    {
        var key = ECDsa.Create();
        try
        {
            key.ImportFromPem(File.ReadAllText(file));
            // A public key alone imports too, but cannot sign.
            _ = key.ExportParameters(includePrivateParameters: true);
            if (key.KeySize == 256)
            {
                return key;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or CryptographicException)
        {
            key.Dispose();
            throw new InvalidOperationException($"{DemoOptions.SectionName}:LaunchKeyFile could not be read as an EC P-256 private key in PEM ({e.GetType().Name}).", e);
        }

        var bits = key.KeySize;
        key.Dispose();
        throw new InvalidOperationException($"{DemoOptions.SectionName}:LaunchKeyFile must hold an EC P-256 private key (this one is {bits} bits).");
    }
}
