using FamilyContext.Plugin.Lookup;
using FamilyContext.Plugin.MatchReview;
using FamilyContext.Plugin.Tests.Support;

namespace FamilyContext.Plugin.Tests.MatchReview;

/// <summary>What every clerical review store guarantees; each store's tests subclass this and say how to reach an empty database.</summary>
public abstract class MatchReviewStoreContractTests : DatabaseContractTests<IMatchReviewStore>
{
    private static readonly DateTimeOffset Now = new DateTimeOffset(2026, 11, 21, 10, 0, 0, TimeSpan.FromHours(1)).AddTicks(1234567);

    private static MatchDecision Decision(string person = "p1", string record = "R1", ReviewOutcome outcome = ReviewOutcome.Confirmed, string service = "police") =>
        new(0, "Demo", person, service, record, "hash-1", 3, outcome, "worker-1", "Test Worker", "Pat Checker", new DateOnly(2026, 11, 20), "Checked date of birth", Now)
        {
            ChildId = "c1",
        };

    [Fact]
    public async Task A_review_is_kept_with_every_field_and_is_in_force_for_its_person_and_service_only()
    {
        var store = await InitialisedAsync();

        var added = await store.AddAsync(Decision(), CancellationToken.None);
        await store.AddAsync(Decision(person: "p2"), CancellationToken.None);
        await store.AddAsync(Decision(service: "housing"), CancellationToken.None);

        Assert.True(added.Id > 0);
        var inForce = Assert.Single(await store.InForceAsync("Demo", "p1", "police", CancellationToken.None));
        Assert.Equal(added, inForce);
        Assert.Equal(Now.Offset, inForce.DecidedAt.Offset);
        Assert.Empty(await store.InForceAsync("Other CMS", "p1", "police", CancellationToken.None));
    }

    [Fact]
    public async Task The_reviews_in_force_for_a_whole_family_are_read_at_once_every_service_none_reversed_none_of_another_system()
    {
        var store = await InitialisedAsync();
        var p1Police = await store.AddAsync(Decision(), CancellationToken.None);
        var p1Housing = await store.AddAsync(Decision(service: "housing"), CancellationToken.None);
        var p2 = await store.AddAsync(Decision(person: "p2", record: "R2"), CancellationToken.None);
        var reversed = await store.AddAsync(Decision(person: "p3", record: "R3"), CancellationToken.None);
        await store.ReverseAsync(reversed.Id, "mgr-1", Now.AddDays(1), "Wrong person", CancellationToken.None);
        await store.AddAsync(Decision(person: "p4", record: "R4"), CancellationToken.None);
        await store.AddAsync(Decision() with { Cms = "Other CMS" }, CancellationToken.None);

        var family = await store.InForceAsync("Demo", ["p1", "p2", "p3"], CancellationToken.None);

        Assert.Equal([p1Police, p1Housing, p2], family);
        Assert.Empty(await store.InForceAsync("Demo", [], CancellationToken.None));
    }

    [Fact]
    public async Task A_later_review_of_the_same_record_replaces_the_earlier_one()
    {
        var store = await InitialisedAsync();
        var first = await store.AddAsync(Decision(), CancellationToken.None);

        var second = await store.AddAsync(Decision(outcome: ReviewOutcome.Rejected) with { DecidedAt = Now.AddHours(1) }, CancellationToken.None);

        Assert.Equal([second], await store.InForceAsync("Demo", "p1", "police", CancellationToken.None));
        var replaced = (await store.ListAsync(10, CancellationToken.None)).Single(d => d.Id == first.Id);
        Assert.Equal($"Replaced by review {second.Id}", replaced.ReversalReason);
    }

    [Fact]
    public async Task A_reversed_review_is_no_longer_in_force_and_cannot_be_reversed_twice()
    {
        var store = await InitialisedAsync();
        var added = await store.AddAsync(Decision(), CancellationToken.None);

        var reversed = await store.ReverseAsync(added.Id, "mgr-1", Now.AddDays(1), "Wrong person", CancellationToken.None);

        Assert.NotNull(reversed);
        Assert.Equal(added with { ReversedBy = "mgr-1", ReversedAt = Now.AddDays(1), ReversalReason = "Wrong person" }, reversed);
        Assert.Null(await store.ReverseAsync(added.Id, "mgr-2", Now.AddDays(2), "Again", CancellationToken.None));
        Assert.Empty(await store.InForceAsync("Demo", "p1", "police", CancellationToken.None));
        Assert.Equal([reversed], await store.ListAsync(10, CancellationToken.None));
    }

    [Fact]
    public async Task A_review_recorded_through_one_store_is_in_force_at_once_through_another_on_the_same_database()
    {
        var one = await InitialisedAsync();
        var other = await InitialisedAsync();

        var added = await one.AddAsync(Decision(), CancellationToken.None);
        Assert.Equal([added], await other.InForceAsync("Demo", "p1", "police", CancellationToken.None));

        await other.ReverseAsync(added.Id, "mgr-1", Now, "Wrong person", CancellationToken.None);
        Assert.Empty(await one.InForceAsync("Demo", "p1", "police", CancellationToken.None));
    }

    [Fact]
    public async Task Initialising_twice_keeps_the_reviews_and_the_list_is_newest_first()
    {
        var store = await InitialisedAsync();
        var first = await store.AddAsync(Decision(record: "R1"), CancellationToken.None);
        var second = await store.AddAsync(Decision(record: "R2"), CancellationToken.None);

        await store.InitialiseAsync(CancellationToken.None);

        Assert.Equal([second, first], await store.ListAsync(10, CancellationToken.None));
        Assert.Equal([second], await store.ListAsync(1, CancellationToken.None));
    }

    private async Task<IMatchReviewStore> InitialisedAsync()
    {
        var store = NewStore();
        await store.InitialiseAsync(CancellationToken.None);
        return store;
    }
}
