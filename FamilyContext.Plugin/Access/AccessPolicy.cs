using Microsoft.Extensions.Options;

namespace FamilyContext.Plugin.Access;

/// <summary>
/// Decides, on every request, whether a worker may see family data: any matching deny refuses, otherwise a
/// matching permit allows, otherwise refused. Also maps token role claims to <see cref="StaffRole"/>s.
/// </summary>
internal sealed class AccessPolicy(IAccessRuleStore store, IOptionsMonitor<AccessOptions> options)
{
    public async Task<AccessDecision> DecideAsync(string userId, IReadOnlyCollection<string> groups, CancellationToken cancellationToken)
    {
        var rules = await AllRulesAsync(cancellationToken);
        var matching = rules.Where(r => r.Matches(userId, groups)).ToList();
        return matching.FirstOrDefault(r => r.Effect == AccessEffect.Deny) is { } deny
            ? new AccessDecision(false, $"rule {RuleName(deny)}")
            : matching.FirstOrDefault(r => r.Effect == AccessEffect.Permit) is { } permit
                ? new AccessDecision(true, $"rule {RuleName(permit)}")
                : new AccessDecision(false, "no rule permits this worker");
    }

    /// <summary>The configured rules (id 0, created by "configuration") followed by the admin-page rules.</summary>
    public async Task<IReadOnlyList<AccessRule>> AllRulesAsync(CancellationToken cancellationToken) =>
    [
        .. options.CurrentValue.Rules.Select(r => new AccessRule(0, r.Kind, r.Subject, r.Effect, null, "configuration", DateTimeOffset.MinValue)),
        .. await store.ListAsync(cancellationToken),
    ];

    public IReadOnlySet<StaffRole> RolesFor(IEnumerable<string> roleClaimValues)
    {
        var o = options.CurrentValue;
        var values = roleClaimValues.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var roles = new HashSet<StaffRole>();
        if (o.SocialWorkerRoles.Any(values.Contains))
        {
            roles.Add(StaffRole.SocialWorker);
        }

        if (o.ManagerRoles.Any(values.Contains))
        {
            roles.Add(StaffRole.Manager);
        }

        if (o.AdminRoles.Any(values.Contains))
        {
            roles.Add(StaffRole.Admin);
        }

        return roles;
    }

    // "rule 2: deny user sw-1", so a refusal names the rule, not just its number.
    private static string RuleName(AccessRule r) =>
        r.Id == 0 ? $"from configuration: {r.Describe()}" : $"{r.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)}: {r.Describe()}";
}
