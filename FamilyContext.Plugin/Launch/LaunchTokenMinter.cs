using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace FamilyContext.Plugin.Launch;

/// <summary>
/// Signs a launch token exactly as a CMS does (ES256 or RS256, a fresh <c>jti</c>): used by the demo CMS and by
/// <c>mint-launch-token</c>, so both launch the panel the way a real CMS would.
/// </summary>
internal static class LaunchTokenMinter
{
    public static string Mint(SecurityKey key, LaunchTokenContent content)
    {
        var algorithm = key is RsaSecurityKey ? SecurityAlgorithms.RsaSha256 : SecurityAlgorithms.EcdsaSha256;
        List<Claim> claims =
        [
            new(JwtRegisteredClaimNames.Sub, content.WorkerId),
            new(JwtRegisteredClaimNames.Jti, Guid.NewGuid().ToString("N")),
            new(LaunchClaims.Child, content.ChildId),
            .. content.Groups.Select(g => new Claim("groups", g)),
        ];
        if (content.WorkerName is not null)
        {
            claims.Add(new Claim(LaunchClaims.WorkerName, content.WorkerName));
        }

        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = content.Issuer,
            Audience = content.Audience,
            IssuedAt = content.IssuedAt,
            NotBefore = content.IssuedAt,
            Expires = content.IssuedAt + content.Lifetime,
            Subject = new ClaimsIdentity(claims),
            SigningCredentials = new SigningCredentials(key, algorithm),
        });
    }
}
