using FamilyContext.Plugin.Access;
using FamilyContext.Plugin.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyContext.Plugin.Tests.Access;

public sealed class AccessPolicyTests : IDisposable
{
    private readonly PluginFactory _factory = new();

    [Fact]
    public async Task A_deny_for_a_user_wins_over_a_permit_for_their_group()
    {
        var rules = _factory.Services.GetRequiredService<IAccessRuleStore>();
        await rules.AddAsync(AccessSubjectKind.Group, "team-a", AccessEffect.Permit, null, "mgr", _factory.Time.GetUtcNow(), CancellationToken.None);
        await rules.AddAsync(AccessSubjectKind.User, "Worker-7", AccessEffect.Deny, null, "mgr", _factory.Time.GetUtcNow(), CancellationToken.None);
        var policy = _factory.Services.GetRequiredService<AccessPolicy>();

        var denied = await policy.DecideAsync("worker-7", ["team-a"], CancellationToken.None);
        var permitted = await policy.DecideAsync("worker-8", ["TEAM-A"], CancellationToken.None);
        var nobody = await policy.DecideAsync("worker-9", ["team-b"], CancellationToken.None);

        Assert.Equal((false, true, false), (denied.Permitted, permitted.Permitted, nobody.Permitted));
        Assert.Equal("no rule permits this worker", nobody.Reason);
    }

    [Fact]
    public void Configured_role_values_replace_the_defaults_rather_than_adding_to_them()
    {
        _factory.Settings["FamilyContext:Access:ManagerRoles:0"] = "TeamManager";
        var policy = _factory.Services.GetRequiredService<AccessPolicy>();

        Assert.Equal([StaffRole.Manager], policy.RolesFor(["TeamManager"]));
        Assert.Empty(policy.RolesFor(["manager"]));
        Assert.Equal([StaffRole.SocialWorker], policy.RolesFor(["social-worker"]));
    }

    public void Dispose() => _factory.Dispose();
}
