using System.Data.Common;
using FamilyContext.Plugin.Audit;
using FamilyContext.Plugin.Commands;
using FamilyContext.Plugin.Tests.Support;

namespace FamilyContext.Plugin.Tests.Audit;

/// <summary>What every audit store guarantees; each store's tests subclass this and say how to reach an empty database.</summary>
public abstract class AuditStoreContractTests : DatabaseContractTests<IAuditStore>
{
    // Ticks below a microsecond: the stored time must still hash the same.
    private static readonly DateTimeOffset Now = new DateTimeOffset(2026, 11, 21, 10, 0, 0, TimeSpan.Zero).AddTicks(1234567);

    /// <summary>The <c>FamilyContext:Audit:Provider</c> that names this store.</summary>
    protected abstract string Provider { get; }

    /// <summary>A connection of its own, for SQL run behind the store's back.</summary>
    protected abstract DbConnection Connect();

    /// <summary>Drops or disables the guards that refuse changes, as someone with the database's owner rights could.</summary>
    protected abstract string DisableGuardsSql { get; }

    [Fact]
    public async Task Initialising_twice_keeps_the_trail()
    {
        var store = await InitialisedAsync();
        await AppendSomeAsync(store, 2);

        await store.InitialiseAsync(CancellationToken.None);

        Assert.Equal(2, await CountAsync(store));
    }

    [Fact]
    public async Task An_append_follows_the_last_record_and_reads_back_exactly_as_returned()
    {
        var store = await InitialisedAsync();

        var first = await store.AppendAsync(new AuditEntry("launch", AuditOutcomes.Allowed, "w1", "demo", "c1", "p1", "police", "s1", "{\"a\":1}", Alert: true), Now, CancellationToken.None);
        var second = await store.AppendAsync(new AuditEntry("panel", AuditOutcomes.Allowed, "w2"), Now.AddSeconds(1), CancellationToken.None);

        Assert.Equal((1L, AuditChain.Genesis, 2L, first.Hash), (first.Sequence, first.PreviousHash, second.Sequence, second.PreviousHash));
        Assert.Equal([first, second], await store.ReadAllAsync(CancellationToken.None).ToListAsync());
        Assert.Equal(AuditChain.HashOf(first), first.Hash);
    }

    [Fact]
    public async Task A_search_filters_by_time_actor_child_and_alert_newest_first()
    {
        var store = await InitialisedAsync();
        for (var i = 1; i <= 6; i++)
        {
            await store.AppendAsync(new AuditEntry("panel", AuditOutcomes.Allowed, $"w{i % 2}", ChildId: $"c{i % 3}", Alert: i == 5), Now.AddHours(i), CancellationToken.None);
        }

        async Task<string> Found(AuditQuery query) => string.Join(",", (await store.SearchAsync(query, CancellationToken.None)).Select(r => r.Sequence));

        Assert.Equal("6,5,4,3,2,1", await Found(new AuditQuery()));
        Assert.Equal("4,3,2", await Found(new AuditQuery(From: Now.AddHours(2), To: Now.AddHours(5))));
        Assert.Equal("5,3,1", await Found(new AuditQuery(Actor: "w1")));
        Assert.Equal("4,1", await Found(new AuditQuery(ChildId: "c1")));
        Assert.Equal("5", await Found(new AuditQuery(AlertsOnly: true)));
        Assert.Equal("6,5", await Found(new AuditQuery(Limit: 2)));
    }

    [Fact]
    public async Task An_intact_trail_verifies_with_the_audit_verify_command()
    {
        await AppendSomeAsync(await InitialisedAsync(), 5);

        var (exit, output) = await VerifyAsync();

        Assert.Equal(AuditCommands.Intact, exit);
        Assert.Contains("intact: 5 records checked", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("verify")]
    [InlineData("export")]
    public async Task Audit_commands_with_an_unknown_provider_say_which_setting_is_wrong(string command)
    {
        using var output = new StringWriter();

        var exit = await FamilyContextCommands.RunAsync(["audit", command, "--provider", "Oracle", "--connection-string", ConnectionString], output, output);

        Assert.Equal(AuditCommands.Unreadable, exit);
        Assert.Contains("FamilyContext:Audit:Provider is not a known database", output.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("UPDATE audit_log SET actor = 'someone-else' WHERE sequence = 2")]
    [InlineData("DELETE FROM audit_log WHERE sequence = 2")]
    [InlineData("DELETE FROM audit_log")]
    public async Task The_store_refuses_to_update_or_delete_a_record(string change)
    {
        var store = await InitialisedAsync();
        await AppendSomeAsync(store, 3);

        var refused = await Assert.ThrowsAnyAsync<DbException>(() => ExecuteAsync(change));

        Assert.Contains("append-only", refused.Message, StringComparison.Ordinal);
        Assert.True((await AuditChain.VerifyAsync(store.ReadAllAsync(CancellationToken.None), CancellationToken.None)).Intact);
    }

    [Theory]
    [InlineData("UPDATE audit_log SET actor = 'someone-else' WHERE sequence = 3", 3, "was changed")]
    [InlineData("UPDATE audit_log SET at = '2020-01-01T00:00:00.0000000Z' WHERE sequence = 2", 2, "was changed")]
    [InlineData("DELETE FROM audit_log WHERE sequence = 3", 4, "missing")]
    [InlineData("UPDATE audit_log SET hash = 'ff' || substr(hash, 3) WHERE sequence = 2", 2, "was changed")]
    public async Task A_record_changed_or_removed_behind_the_stores_back_is_detected(string tampering, long brokenAt, string problem)
    {
        var store = await InitialisedAsync();
        await AppendSomeAsync(store, 5);
        await ExecuteAsync(DisableGuardsSql);
        await ExecuteAsync(tampering);

        var result = await AuditChain.VerifyAsync(store.ReadAllAsync(CancellationToken.None), CancellationToken.None);
        var (exit, output) = await VerifyAsync();

        Assert.Equal((false, brokenAt), (result.Intact, result.BrokenAt));
        Assert.Contains(problem, result.Problem, StringComparison.Ordinal);
        Assert.Equal(AuditCommands.Broken, exit);
        Assert.Contains($"BROKEN at record {brokenAt}", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_record_rewritten_with_a_recomputed_hash_still_breaks_the_next_link()
    {
        var store = await InitialisedAsync();
        await AppendSomeAsync(store, 5);
        var second = (await store.ReadAllAsync(CancellationToken.None).ToListAsync()).Single(r => r.Sequence == 2);
        var forged = second with { Actor = "someone-else" };
        forged = forged with { Hash = AuditChain.HashOf(forged) };
        await ExecuteAsync(DisableGuardsSql);
        await ExecuteAsync($"UPDATE audit_log SET actor = 'someone-else', hash = '{forged.Hash}' WHERE sequence = 2");

        var result = await AuditChain.VerifyAsync(store.ReadAllAsync(CancellationToken.None), CancellationToken.None);

        Assert.Equal((false, 3L), (result.Intact, result.BrokenAt));
    }

    [Fact]
    public async Task Records_cut_off_the_end_are_detected_against_a_head_noted_earlier()
    {
        var store = await InitialisedAsync();
        await AppendSomeAsync(store, 5);
        var head = (await VerifyAsync()).Output.Split("Head: ")[1].Split(' ')[0];
        await ExecuteAsync(DisableGuardsSql);
        await ExecuteAsync("DELETE FROM audit_log WHERE sequence >= 4");

        var withoutAnchor = await VerifyAsync();
        var withAnchor = await VerifyAsync("--anchor", head);

        Assert.StartsWith("5:", head, StringComparison.Ordinal);
        Assert.Equal(AuditCommands.Intact, withoutAnchor.Exit); // the chain alone cannot tell
        Assert.Equal(AuditCommands.Broken, withAnchor.Exit);
        Assert.Contains("no longer holds the noted head", withAnchor.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_stores_on_one_database_appending_at_once_keep_one_unbroken_chain()
    {
        // Two instances of the service: no lock in memory is shared between them.
        var one = await InitialisedAsync();
        var other = await InitialisedAsync();

        await Task.WhenAll(Enumerable.Range(0, 60).Select(i =>
            (i % 2 == 0 ? one : other).AppendAsync(new AuditEntry("test", AuditOutcomes.Allowed, $"w{i}"), Now, CancellationToken.None)));

        var records = await one.ReadAllAsync(CancellationToken.None).ToListAsync();
        Assert.Equal(Enumerable.Range(1, 60).Select(i => (long)i), records.Select(r => r.Sequence));
        Assert.True((await AuditChain.VerifyAsync(other.ReadAllAsync(CancellationToken.None), CancellationToken.None)).Intact);
    }

    protected async Task<IAuditStore> InitialisedAsync()
    {
        var store = NewStore();
        await store.InitialiseAsync(CancellationToken.None);
        return store;
    }

    protected static async Task AppendSomeAsync(IAuditStore store, int count)
    {
        for (var i = 1; i <= count; i++)
        {
            await store.AppendAsync(new AuditEntry(AuditActions.PanelShown, AuditOutcomes.Allowed, $"worker-{i}", "demo", "730001", SessionId: $"s{i}"), Now.AddMinutes(i), CancellationToken.None);
        }
    }

    protected async Task ExecuteAsync(string sql)
    {
        await using var connection = Connect();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<int> CountAsync(IAuditStore store) => (await store.ReadAllAsync(CancellationToken.None).ToListAsync()).Count;

    private async Task<(int Exit, string Output)> VerifyAsync(params string[] extra)
    {
        using var output = new StringWriter();
        var exit = await FamilyContextCommands.RunAsync(["audit", "verify", "--provider", Provider, "--connection-string", ConnectionString, .. extra], output, output);
        return (exit, output.ToString());
    }
}
