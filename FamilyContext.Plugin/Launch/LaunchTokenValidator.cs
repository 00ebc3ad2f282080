using FamilyContext.Plugin.Access;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace FamilyContext.Plugin.Launch;

/// <summary>
/// Checks a CMS launch token: asymmetric signature by an allowed issuer's key, audience, expiry at most
/// five minutes after issue, not-before, and a token id never seen before on any instance (kept in the
/// distributed cache until the token would have expired anyway).
/// </summary>
internal sealed class LaunchTokenValidator(
    IOptions<LaunchOptions> options,
    IOptionsMonitor<AccessOptions> access,
    LaunchKeyResolver keys,
    LaunchReplayGuard replays,
    TimeProvider time)
{
    private static readonly string[] AllowedAlgorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.EcdsaSha256];
    private const int MaximumGroups = 200;
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };

    public async Task<LaunchRequest> ValidateAsync(string cms, string? token, CancellationToken cancellationToken)
    {
        var o = options.Value;
        if (!o.Issuers.TryGetValue(cms, out var issuer))
        {
            throw new LaunchRejectedException("unknown-cms", "This system is not allowed to open Family Context.");
        }

        if (string.IsNullOrWhiteSpace(token) || token.Length > 8192 || !_handler.CanReadToken(token))
        {
            throw new LaunchRejectedException("malformed", "The link that opened Family Context is incomplete or damaged.");
        }

        JsonWebToken unvalidated;
        try
        {
            unvalidated = _handler.ReadJsonWebToken(token);
        }
        catch (Exception e) when (e is ArgumentException or SecurityTokenException)
        {
            // Three dot-separated parts that are not base64url JSON: CanReadToken cannot tell.
            throw new LaunchRejectedException("malformed", "The link that opened Family Context is incomplete or damaged.", e);
        }

        if (!AllowedAlgorithms.Contains(unvalidated.Alg, StringComparer.Ordinal))
        {
            throw new LaunchRejectedException("algorithm", "The link that opened Family Context was not signed in an accepted way.");
        }

        // RFC 7515 §4.1.11: this service understands no critical header extensions, so a token naming any is invalid;
        // RFC 7797's unencoded payload (b64) would change what the signature covers, so it is refused with or without crit.
        if (unvalidated.TryGetHeaderValue<object>("crit", out _) || unvalidated.TryGetHeaderValue<object>("b64", out _))
        {
            throw new LaunchRejectedException("critical-header", "The link that opened Family Context was signed in a way this service does not accept.");
        }

        var now = time.GetUtcNow().UtcDateTime;
        var parameters = new TokenValidationParameters
        {
            ValidIssuer = issuer.Issuer,
            ValidAudience = o.Audience,
            IssuerSigningKeys = await keys.KeysForAsync(cms, unvalidated.Kid, cancellationToken),
            ValidAlgorithms = AllowedAlgorithms,
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            TryAllIssuerSigningKeys = true,
            LifetimeValidator = (notBefore, expires, _, _) => TokenLifetime.IsCurrent(notBefore, expires, now, o.ClockSkew),
        };
        var result = await _handler.ValidateTokenAsync(token, parameters);
        if (!result.IsValid)
        {
            throw result.Exception switch
            {
                SecurityTokenInvalidLifetimeException when unvalidated.ValidFrom != DateTime.MinValue && unvalidated.ValidFrom > now + o.ClockSkew =>
                    new LaunchRejectedException("not-yet-valid", "The link that opened Family Context is not valid yet. Open it again from the CMS."),
                SecurityTokenInvalidLifetimeException => new LaunchRejectedException("expired", "The link that opened Family Context has expired. Open it again from the CMS."),
                SecurityTokenInvalidAudienceException => new LaunchRejectedException("audience", "The link that opened Family Context was meant for another service."),
                SecurityTokenInvalidIssuerException => new LaunchRejectedException("issuer", "The link that opened Family Context came from a system that is not allowed."),
                _ => new LaunchRejectedException("bad-signature", "The link that opened Family Context could not be verified."),
            };
        }

        var jwt = (JsonWebToken)result.SecurityToken;
        var issuedAt = jwt.IssuedAt == DateTime.MinValue ? now : jwt.IssuedAt;
        if (jwt.ValidTo - issuedAt > o.MaximumTokenLifetime || jwt.ValidTo - now > o.MaximumTokenLifetime + o.ClockSkew)
        {
            throw new LaunchRejectedException("lifetime", "The link that opened Family Context lives too long to be accepted.");
        }

        var worker = jwt.Subject;
        var child = jwt.TryGetPayloadValue<string>(LaunchClaims.Child, out var c) ? c : null;
        var tokenId = jwt.Id;
        if (!PersonIds.IsWellFormed(worker) || !PersonIds.IsWellFormed(child) || string.IsNullOrEmpty(tokenId) || tokenId.Length > 128)
        {
            throw new LaunchRejectedException("claims", "The link that opened Family Context does not say which worker and child it is for.");
        }

        // A token without iat counts as issued at its not-before, or five minutes before it expires: never as "now".
        var issued = jwt.IssuedAt != DateTime.MinValue ? jwt.IssuedAt : jwt.ValidFrom != DateTime.MinValue ? jwt.ValidFrom : jwt.ValidTo - o.MaximumTokenLifetime;
        if (await replays.IssuedBeforeStartAsync(new DateTimeOffset(issued, TimeSpan.Zero), cancellationToken))
        {
            throw new LaunchRejectedException("issued-before-restart", "The link that opened Family Context was made before the service last restarted. Open it again from the CMS.");
        }

        var keepUntil = new DateTimeOffset(jwt.ValidTo, TimeSpan.Zero) + o.ClockSkew + TimeSpan.FromMinutes(1);
        if (!await replays.TryUseAsync(issuer.Issuer, tokenId, keepUntil, cancellationToken))
        {
            throw new LaunchRejectedException("replayed", "The link that opened Family Context has already been used. Open it again from the CMS.")
            {
                WorkerId = worker,
                ChildId = child,
            };
        }

        jwt.TryGetPayloadValue<string>(LaunchClaims.WorkerName, out var workerName);
        return new LaunchRequest(cms, worker, workerName, child!, tokenId) { Groups = Groups(jwt) };
    }

    /// <summary>The worker's groups, if the CMS sends them; anything not a plain short string is ignored.</summary>
    private IReadOnlyList<string> Groups(JsonWebToken jwt) =>
    [
        .. jwt.Claims.Where(c => c.Type == access.CurrentValue.GroupClaim)
            .Select(c => c.Value)
            .Where(g => g.Length is > 0 and <= 256 && !g.Any(char.IsControl))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Take(MaximumGroups),
    ];
}
