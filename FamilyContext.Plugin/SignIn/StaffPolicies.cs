using FamilyContext.Plugin.Access;
using Microsoft.AspNetCore.Authorization;

namespace FamilyContext.Plugin.SignIn;

/// <summary>Who may reach which staff pages.</summary>
internal static class StaffPolicies
{
    /// <summary>The admin pages: team managers and information governance admins.</summary>
    public const string Admin = "staff-admin";

    /// <summary>Looking up a child after signing in: social workers and team managers.</summary>
    public const string Worker = "staff-worker";

    public static void Add(AuthorizationOptions o)
    {
        o.AddPolicy(Admin, p => p.AddAuthenticationSchemes(StaffClaims.Scheme).RequireRole(nameof(StaffRole.Manager), nameof(StaffRole.Admin)));
        o.AddPolicy(Worker, p => p.AddAuthenticationSchemes(StaffClaims.Scheme).RequireRole(nameof(StaffRole.SocialWorker), nameof(StaffRole.Manager)));
    }
}
