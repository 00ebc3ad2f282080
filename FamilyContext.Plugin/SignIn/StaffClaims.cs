using System.Security.Claims;
using FamilyContext.Plugin.Access;

namespace FamilyContext.Plugin.SignIn;

/// <summary>The claims of a signed-in member of staff, as kept in the staff cookie.</summary>
public static class StaffClaims
{
    public const string Scheme = "staff";
    public const string Subject = "sub";
    public const string Name = "name";
    public const string Role = "role";
    public const string Group = "group";

    public static ClaimsPrincipal Principal(string subject, string? name, IEnumerable<StaffRole> roles, IEnumerable<string> groups) =>
        new(new ClaimsIdentity(
        [
            new Claim(Subject, subject),
            .. name is null ? Array.Empty<Claim>() : [new Claim(Name, name)],
            .. roles.Select(r => new Claim(Role, r.ToString())),
            .. groups.Select(g => new Claim(Group, g)),
        ], Scheme, Name, Role));

    public static string? SubjectOf(ClaimsPrincipal user) => user.Identity?.IsAuthenticated == true ? user.FindFirstValue(Subject) : null;

    public static IReadOnlyList<string> GroupsOf(ClaimsPrincipal user) => [.. user.FindAll(Group).Select(c => c.Value)];

    public static bool IsIn(ClaimsPrincipal user, params StaffRole[] roles) => roles.Any(r => user.IsInRole(r.ToString()));
}
