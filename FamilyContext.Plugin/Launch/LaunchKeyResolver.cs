using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace FamilyContext.Plugin.Launch;

/// <summary>
/// The public keys each allowed CMS signs launch tokens with: from configuration (JWKS text) or a JWKS URL,
/// cached. Symmetric keys are never accepted, whatever the configuration says.
/// </summary>
internal sealed class LaunchKeyResolver(IOptions<LaunchOptions> options, IHttpClientFactory httpClients, TimeProvider time)
{
    private static readonly TimeSpan UrlCacheLifetime = TimeSpan.FromHours(1);
    private readonly ConcurrentDictionary<string, (DateTimeOffset FetchedAt, IReadOnlyList<SecurityKey> Keys)> _fetched = new(StringComparer.OrdinalIgnoreCase);

    public async Task<IReadOnlyList<SecurityKey>> KeysForAsync(string cms, CancellationToken cancellationToken)
    {
        if (!options.Value.Issuers.TryGetValue(cms, out var issuer))
        {
            return [];
        }

        if (!string.IsNullOrWhiteSpace(issuer.JsonWebKeySet))
        {
            return Asymmetric(new JsonWebKeySet(issuer.JsonWebKeySet));
        }

        if (issuer.JsonWebKeySetUrl is null)
        {
            return [];
        }

        if (_fetched.TryGetValue(cms, out var cached) && time.GetUtcNow() - cached.FetchedAt < UrlCacheLifetime)
        {
            return cached.Keys;
        }

        var json = await httpClients.CreateClient(nameof(LaunchKeyResolver)).GetStringAsync(issuer.JsonWebKeySetUrl, cancellationToken);
        var keys = Asymmetric(new JsonWebKeySet(json));
        _fetched[cms] = (time.GetUtcNow(), keys);
        return keys;
    }

    private static IReadOnlyList<SecurityKey> Asymmetric(JsonWebKeySet set) =>
        [.. set.Keys.Where(k => k.Kty is JsonWebAlgorithmsKeyTypes.RSA or JsonWebAlgorithmsKeyTypes.EllipticCurve).SelectMany(k => new JsonWebKeySet { Keys = { k } }.GetSigningKeys())];
}
