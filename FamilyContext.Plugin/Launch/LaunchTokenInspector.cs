using System.Globalization;
using FamilyContext.Plugin.SharedState;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace FamilyContext.Plugin.Launch;

/// <summary>
/// Explains, part by part, whether a launch token would be accepted and exactly why not: for the setup page's token
/// explainer and for the log when a launch is refused. It never uses the token's <c>jti</c> (it only looks whether it
/// was used) and never opens a panel. Findings name issuers, audiences, key ids and times, never the worker or child.
/// </summary>
internal sealed class LaunchTokenInspector(IOptions<LaunchOptions> options, LaunchKeyResolver keys, LaunchReplayGuard replays, TimeProvider time)
{
    private static readonly string[] AllowedAlgorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.EcdsaSha256];
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };

    public async Task<IReadOnlyList<LaunchTokenFinding>> InspectAsync(string cms, string? token, CancellationToken ct)
    {
        var o = options.Value;
        if (!o.Issuers.TryGetValue(cms, out var issuer))
        {
            return [new("CMS", false, $"No CMS named \"{cms}\" is configured under FamilyContext:Launch:Issuers (configured: {List(o.Issuers.Keys)}).")];
        }

        JsonWebToken jwt;
        try
        {
            jwt = _handler.ReadJsonWebToken(token?.Trim() ?? "");
        }
        catch (Exception e) when (e is ArgumentException or SecurityTokenException)
        {
            return [new("Format", false, "This is not a signed JSON Web Token (three base64url parts separated by dots).")];
        }

        var findings = new List<LaunchTokenFinding>
        {
            AllowedAlgorithms.Contains(jwt.Alg, StringComparer.Ordinal) && !jwt.TryGetHeaderValue<object>("crit", out _) && !jwt.TryGetHeaderValue<object>("b64", out _)
                ? new("alg", true, $"Signed with {jwt.Alg}.")
                : new("alg", false, $"Signed with \"{jwt.Alg}\"{(jwt.TryGetHeaderValue<object>("crit", out _) || jwt.TryGetHeaderValue<object>("b64", out _) ? " with a crit or b64 header" : "")}: only RS256 or ES256, without crit or b64, is accepted."),
            await SignatureAsync(cms, issuer, token!.Trim(), jwt, ct),
            jwt.Issuer == issuer.Issuer
                ? new("iss", true, $"\"{jwt.Issuer}\", as configured for {cms}.")
                : new("iss", false, $"Expected \"{issuer.Issuer}\" (FamilyContext:Launch:Issuers:{cms}:Issuer), received \"{jwt.Issuer}\"."),
            jwt.Audiences.Contains(o.Audience, StringComparer.Ordinal)
                ? new("aud", true, $"\"{o.Audience}\", as FamilyContext:Launch:Audience says.")
                : new("aud", false, $"Expected \"{o.Audience}\" (FamilyContext:Launch:Audience), received {List(jwt.Audiences.Select(a => $"\"{a}\""))}."),
        };
        findings.AddRange(Times(jwt, o));
        findings.Add(PersonIds.IsWellFormed(jwt.Subject)
            ? new("sub", true, "Names the worker (a CMS id).")
            : new("sub", false, "Missing, or not a CMS id of up to 64 letters, digits, hyphens or underscores: the worker is not named."));
        findings.Add(jwt.TryGetPayloadValue<string>(LaunchClaims.Child, out var child) && PersonIds.IsWellFormed(child)
            ? new(LaunchClaims.Child, true, "Names the child (a CMS id).")
            : new(LaunchClaims.Child, false, "Missing, or not a CMS id of up to 64 letters, digits, hyphens or underscores: the child is not named."));
        findings.Add(await TokenIdAsync(issuer, jwt, ct));
        return findings;
    }

    /// <summary>Only the findings that refuse the token, for the log.</summary>
    public static string Refusals(IReadOnlyList<LaunchTokenFinding> findings) =>
        string.Join(" ", findings.Where(f => !f.Accepted).Select(f => $"{f.Part}: {f.Explanation}"));

    private async Task<LaunchTokenFinding> SignatureAsync(string cms, LaunchIssuerOptions issuer, string token, JsonWebToken jwt, CancellationToken ct)
    {
        IReadOnlyList<SecurityKey> known;
        try
        {
            known = await keys.KeysForAsync(cms, jwt.Kid, ct);
        }
        catch (Exception e) when (e is LaunchKeysUnavailableException or HttpRequestException or TaskCanceledException or ArgumentException or InvalidOperationException)
        {
            return new("Signature", false, $"The keys of {cms} could not be fetched from {issuer.JsonWebKeySetUrl} ({e.GetType().Name}), so no signature can be checked.");
        }

        var ids = known.Select(k => k.KeyId).Where(k => !string.IsNullOrEmpty(k)).ToList();
        var result = await _handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            IssuerSigningKeys = known,
            ValidAlgorithms = AllowedAlgorithms,
            TryAllIssuerSigningKeys = true,
            ValidateIssuer = false,
            ValidateAudience = false,
            ValidateLifetime = false,
            RequireExpirationTime = false,
        });
        var unknownKid = !string.IsNullOrEmpty(jwt.Kid) && !ids.Contains(jwt.Kid, StringComparer.Ordinal);
        return (result.IsValid, unknownKid) switch
        {
            (true, false) => new("Signature", true, $"Verified with {(string.IsNullOrEmpty(jwt.Kid) ? "a key" : $"key id \"{jwt.Kid}\"")} of {cms}."),
            // Every published key is tried, so a wrong kid alone does not refuse the token; it is worth correcting before a key rotation.
            (true, true) => new("Signature", true, $"Verified with a key of {cms}, though the token names key id \"{jwt.Kid}\", which {cms} does not publish ({List(ids)})."),
            (false, true) => new("Signature", false, $"Signed with key id \"{jwt.Kid}\", which is not among the keys of {cms} ({List(ids)}): the CMS signs with a key it has not published, or FamilyContext:Launch:Issuers:{cms} names the wrong key set."),
            _ => new("Signature", false, $"Does not verify with any key of {cms} ({List(ids)}): the token was changed, or signed with another key."),
        };
    }

    private IEnumerable<LaunchTokenFinding> Times(JsonWebToken jwt, LaunchOptions o)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var skew = $"(clocks may differ by {Seconds(o.ClockSkew)}: FamilyContext:Launch:ClockSkew)";
        if (!jwt.TryGetPayloadValue<long>("exp", out _))
        {
            yield return new("exp", false, "Missing: a launch token must say when it expires.");
        }
        else if (now - o.ClockSkew > jwt.ValidTo)
        {
            yield return new("exp", false, $"Expired {Seconds(now - jwt.ValidTo)} ago {skew}: open it sooner, or the CMS clock is behind this server's.");
        }
        else
        {
            yield return new("exp", true, $"Current: expires in {Seconds(jwt.ValidTo - now)}.");
        }

        var start = new[] { jwt.ValidFrom, jwt.IssuedAt }.Where(d => d != DateTime.MinValue).DefaultIfEmpty(DateTime.MinValue).Max();
        yield return start > now + o.ClockSkew
            ? new("nbf/iat", false, $"Not yet valid — the CMS clock is {Seconds(start - now)} ahead of this server's {skew}. Make both use NTP.")
            : new("nbf/iat", true, "Not in the future.");

        var issued = jwt.IssuedAt != DateTime.MinValue ? jwt.IssuedAt : jwt.ValidFrom != DateTime.MinValue ? jwt.ValidFrom : now;
        yield return jwt.ValidTo - issued > o.MaximumTokenLifetime
            ? new("Lifetime", false, $"Lives {Seconds(jwt.ValidTo - issued)}, more than FamilyContext:Launch:MaximumTokenLifetime ({Seconds(o.MaximumTokenLifetime)}).")
            : new("Lifetime", true, $"Lives {Seconds(jwt.ValidTo - issued)}, within {Seconds(o.MaximumTokenLifetime)}.");
    }

    private async Task<LaunchTokenFinding> TokenIdAsync(LaunchIssuerOptions issuer, JsonWebToken jwt, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(jwt.Id) || jwt.Id.Length > 128)
        {
            return new("jti", false, "Missing or longer than 128 characters: a launch token must carry a unique id.");
        }

        try
        {
            return await replays.WasUsedAsync(issuer.Issuer, jwt.Id, ct)
                ? new("jti", false, "Already used: each launch token opens the panel once. Open the child's record in the CMS again.")
                : new("jti", true, "Not used yet (checking it here did not use it).");
        }
        catch (SharedStateUnavailableException)
        {
            return new("jti", false, "Whether it was used could not be checked: the shared state (Redis) cannot be reached, so launches are refused.");
        }
    }

    private static string List(IEnumerable<string> values) => values.Any() ? string.Join(", ", values) : "none";

    private static string Seconds(TimeSpan span) => $"{Math.Abs(span.TotalSeconds).ToString("0", CultureInfo.InvariantCulture)} s";
}
