using FamilyContext.Plugin.Audit;

namespace FamilyContext.Plugin.Setup;

/// <summary>
/// The recent refused launches, from the audit trail (which records each refusal's reason code), explained in words for the
/// administrator: the worker saw only "could not open".
/// </summary>
internal static class RefusedLaunches
{
    public static async Task<IReadOnlyList<RefusedLaunch>> RecentAsync(IAuditStore audit, int count, CancellationToken ct)
    {
        var rejected = await audit.SearchAsync(new AuditQuery(Action: AuditActions.LaunchRejected, Limit: count), ct);
        var denied = await audit.SearchAsync(new AuditQuery(Action: AuditActions.AccessDenied, Limit: count), ct);
        return
        [
            .. rejected.Select(r => new RefusedLaunch(r.At, r.Cms, r.Actor, Explain(r.Detail)))
                .Concat(denied.Where(r => r.Detail?.StartsWith("launch refused", StringComparison.Ordinal) == true)
                    .Select(r => new RefusedLaunch(r.At, r.Cms, r.Actor, "The worker is not permitted by the access rules: " + r.Detail!["launch refused: ".Length..] + ". Check the access rules and the groups the CMS sends.")))
                .OrderByDescending(r => r.At)
                .Take(count),
        ];
    }

    public static string Explain(string? reason) => reason switch
    {
        "unknown-cms" => "The launch address names a CMS that is not configured under FamilyContext:Launch:Issuers.",
        "malformed" => "The token was missing, too long or damaged. Check how the CMS builds the launch link or form.",
        "algorithm" => "The token was not signed with RS256 or ES256. Ask the CMS supplier to sign with an RSA or elliptic-curve key.",
        "expired" => "The token had expired: it was opened too late, or the CMS clock is behind this server's (clock skew allowed: FamilyContext:Launch:ClockSkew).",
        "not-yet-valid" => "The token was not valid yet: the CMS clock is ahead of this server's by more than FamilyContext:Launch:ClockSkew. Make both use NTP; the log says by how much.",
        "keys-unavailable" => "The CMS's keys could not be fetched from its JsonWebKeySetUrl, so no token can be verified. Check the address is reachable from this server.",
        "audience" => "The token's aud did not match FamilyContext:Launch:Audience. Make the CMS and this setting agree.",
        "issuer" => "The token's iss did not match the Issuer configured for this CMS.",
        "bad-signature" => "The token's signature did not match any of the CMS's published keys. Check the JsonWebKeySetUrl and the key id (kid) the CMS signs with; the log names the key id received.",
        "lifetime" => "The token lived longer than FamilyContext:Launch:MaximumTokenLifetime allows. Have the CMS issue shorter-lived tokens.",
        "claims" => "The token did not say which worker (sub) and child it was for, or had no token id (jti).",
        "replayed" => "The token had already been used. The CMS must mint a new token for every launch.",
        null or "" => "No reason was recorded.",
        _ => $"Refused: {reason}.",
    };
}
