using FamilyContext.Plugin.Access;
using FamilyContext.Plugin.Sharing;

namespace FamilyContext.Plugin.Tests.Access;

/// <summary>The sharing rules kept in the access rules' database: the same guarantees, in SQLite and PostgreSQL.</summary>
public abstract partial class AccessRuleStoreContractTests
{
    private static SharingRule Police(string groups, bool reason = false) =>
        new(0, "police", groups, reason, "the Police DPO, 0161 496 0000", "ISA 2026", "ig-1", Now);

    [Fact]
    public async Task A_sharing_rule_is_listed_with_every_field_it_was_added_with_and_kept_when_the_store_initialises_again()
    {
        var access = NewStore();
        var store = await SharingAsync(access);

        var first = await store.AddAsync(Police("police-liaison, mash"), CancellationToken.None);
        var second = await store.AddAsync(Police("", reason: true) with { Ask = null, Note = null, CreatedAt = Now.AddDays(1) }, CancellationToken.None);
        await access.InitialiseAsync(CancellationToken.None);

        var listed = await store.ListAsync(CancellationToken.None);
        Assert.Equal([first, second], listed);
        Assert.True(second.Id > first.Id);
        Assert.Equal(["police-liaison", "mash"], listed[0].GroupList);
        Assert.Equal(Now.Offset, listed[1].CreatedAt.Offset);
    }

    [Fact]
    public async Task A_sharing_rule_added_through_one_store_applies_at_once_through_another_and_removing_it_returns_it()
    {
        var one = await SharingAsync();
        var other = await SharingAsync();

        var rule = await one.AddAsync(Police("police-liaison"), CancellationToken.None);
        var seen = await other.ListAsync(CancellationToken.None);
        var removed = await other.RemoveAsync(rule.Id, CancellationToken.None);

        Assert.Equal([rule], seen);
        Assert.Equal(rule, removed);
        Assert.Null(await one.RemoveAsync(rule.Id, CancellationToken.None));
        Assert.Empty(await one.ListAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Sharing_rules_and_access_rules_are_kept_apart()
    {
        var access = NewStore();
        var sharing = await SharingAsync(access);

        await sharing.AddAsync(Police("police-liaison"), CancellationToken.None);

        Assert.Empty(await access.ListAsync(CancellationToken.None));
    }

    // The sharing store over an initialised access store: the access store creates the sharing table.
    private async Task<ISharingRuleStore> SharingAsync(IAccessRuleStore? access = null)
    {
        access ??= NewStore();
        await access.InitialiseAsync(CancellationToken.None);
        return ((DapperAccessRuleStore)access).SharingRules();
    }
}
