using FamilyContext.Plugin.Access;
using FamilyContext.Plugin.Tests.Support;

namespace FamilyContext.Plugin.Tests.Access;

/// <summary>What every access rule store guarantees; each store's tests subclass this and say how to reach an empty database.</summary>
public abstract partial class AccessRuleStoreContractTests : DatabaseContractTests<IAccessRuleStore>
{
    private static readonly DateTimeOffset Now = new DateTimeOffset(2026, 11, 21, 10, 0, 0, TimeSpan.FromHours(1)).AddTicks(1234567);

    [Fact]
    public async Task Initialising_twice_keeps_the_rules()
    {
        var store = await InitialisedAsync();
        await store.AddAsync(AccessSubjectKind.Group, "team-a", AccessEffect.Permit, null, "mgr", Now, CancellationToken.None);

        await store.InitialiseAsync(CancellationToken.None);

        Assert.Single(await store.ListAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_rule_is_listed_with_every_field_it_was_added_with_in_the_order_added()
    {
        var store = await InitialisedAsync();

        var first = await store.AddAsync(AccessSubjectKind.User, "worker-7", AccessEffect.Deny, "left the team", "mgr-1", Now, CancellationToken.None);
        var second = await store.AddAsync(AccessSubjectKind.Group, "team-a", AccessEffect.Permit, null, "mgr-2", Now.AddDays(1), CancellationToken.None);

        var listed = await store.ListAsync(CancellationToken.None);
        Assert.Equal([first, second], listed);
        Assert.True(second.Id > first.Id);
        Assert.Equal(Now.Offset, listed[0].CreatedAt.Offset);
    }

    [Fact]
    public async Task Removing_a_rule_returns_it_and_it_no_longer_applies()
    {
        var store = await InitialisedAsync();
        var kept = await store.AddAsync(AccessSubjectKind.Group, "team-a", AccessEffect.Permit, null, "mgr", Now, CancellationToken.None);
        var removed = await store.AddAsync(AccessSubjectKind.User, "worker-7", AccessEffect.Deny, null, "mgr", Now, CancellationToken.None);

        Assert.Equal(removed, await store.RemoveAsync(removed.Id, CancellationToken.None));
        Assert.Null(await store.RemoveAsync(removed.Id, CancellationToken.None));
        Assert.Equal([kept], await store.ListAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_rule_added_through_one_store_is_seen_at_once_through_another_on_the_same_database()
    {
        var one = await InitialisedAsync();
        var other = await InitialisedAsync();

        var rule = await one.AddAsync(AccessSubjectKind.User, "worker-7", AccessEffect.Deny, null, "mgr", Now, CancellationToken.None);

        Assert.Equal([rule], await other.ListAsync(CancellationToken.None));
    }

    private async Task<IAccessRuleStore> InitialisedAsync()
    {
        var store = NewStore();
        await store.InitialiseAsync(CancellationToken.None);
        return store;
    }
}
