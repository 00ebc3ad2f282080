using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace FamilyContext.Plugin.Launch;

/// <summary>
/// The public keys each allowed CMS signs launch tokens with: from configuration (JWKS text) or a JWKS URL
/// (<see cref="JwksKeySource"/>). Symmetric keys are never accepted, whatever the configuration says.
/// </summary>
internal sealed class LaunchKeyResolver(IOptions<LaunchOptions> options, IHttpClientFactory httpClients, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, JwksKeySource> _sources = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The CMS's keys. A <paramref name="keyId"/> the set lacks may refresh it from the CMS's URL.</summary>
    public async Task<IReadOnlyList<SecurityKey>> KeysForAsync(string cms, string? keyId, CancellationToken cancellationToken)
    {
        if (!options.Value.Issuers.TryGetValue(cms, out var issuer))
        {
            return [];
        }

        if (!string.IsNullOrWhiteSpace(issuer.JsonWebKeySet))
        {
            return Asymmetric(new JsonWebKeySet(issuer.JsonWebKeySet));
        }

        if (issuer.JsonWebKeySetUrl is not { } url)
        {
            return [];
        }

        var source = _sources.GetOrAdd(cms, _ => new JwksKeySource(cms, url, httpClients.CreateClient(nameof(LaunchKeyResolver)), options.Value.KeyRefreshInterval, time));
        return Asymmetric(await source.KeysAsync(keyId, cancellationToken));
    }

    private static IReadOnlyList<SecurityKey> Asymmetric(JsonWebKeySet set) =>
        [.. set.Keys.Where(k => k.Kty is JsonWebAlgorithmsKeyTypes.RSA or JsonWebAlgorithmsKeyTypes.EllipticCurve).SelectMany(k => new JsonWebKeySet { Keys = { k } }.GetSigningKeys())];
}
