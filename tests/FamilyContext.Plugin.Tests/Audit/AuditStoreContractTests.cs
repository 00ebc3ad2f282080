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
        Assert.Equal("4,3", await Found(new AuditQuery(Limit: 2, Offset: 2)));
        Assert.Equal("3,2", await Found(new AuditQuery(Limit: 2, UpToSequence: 3)));
        Assert.Equal("6,5,4,3,2,1", await Found(new AuditQuery(Action: "panel")));
        Assert.Equal("", await Found(new AuditQuery(Action: "search")));
        Assert.Equal(3L, await store.CountAsync(new AuditQuery(Actor: "w1", Limit: 1), CancellationToken.None));
        Assert.Equal(6L, await store.CountAsync(new AuditQuery(Limit: 1, Offset: 4), CancellationToken.None));
    }

    [Fact]
    public async Task A_search_has_no_hidden_upper_limit()
    {
        var store = await InitialisedAsync();
        await AppendSomeAsync(store, 3);

        Assert.Equal(3, (await store.SearchAsync(new AuditQuery(Limit: int.MaxValue), CancellationToken.None)).Count);
    }

    [Theory]
    [InlineData("UPDATE audit_log SET at = 'yesterday' WHERE sequence = 2", "time")]
    [InlineData("UPDATE audit_log SET alert = 7 WHERE sequence = 2", "alert value")]
    public async Task A_stored_value_no_writer_could_have_written_is_reported_as_a_break_not_a_crash(string tampering, string field)
    {
        var store = await InitialisedAsync();
        await AppendSomeAsync(store, 3);
        await ExecuteAsync(DisableGuardsSql);
        await ExecuteAsync(tampering);

        var (exit, output) = await VerifyAsync();

        Assert.Equal(AuditCommands.Broken, exit);
        Assert.Contains($"BROKEN at record 2: its {field} is not one the service writes", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_anchor_not_in_the_form_of_a_head_is_a_clear_error()
    {
        await AppendSomeAsync(await InitialisedAsync(), 2);

        var (exit, output) = await VerifyAsync("--anchor", "2:nothex");

        Assert.Equal(AuditCommands.Unreadable, exit);
        Assert.Contains("The --anchor is not a head", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_anchor_at_a_record_the_trail_holds_with_another_hash_is_a_break()
    {
        await AppendSomeAsync(await InitialisedAsync(), 3);

        var (exit, output) = await VerifyAsync("--anchor", "2:" + new string('a', 64));

        Assert.Equal(AuditCommands.Broken, exit);
        Assert.Contains("BROKEN at record 2: it does not match the noted head", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_export_command_takes_the_last_possible_date()
    {
        await AppendSomeAsync(await InitialisedAsync(), 2);
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await FamilyContextCommands.RunAsync(["audit", "export", "--provider", Provider, "--connection-string", ConnectionString, "--to", "9999-12-31"], output, error);

        Assert.Equal(0, exit);
        Assert.Equal(3, output.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains("2 records exported", error.ToString(), StringComparison.Ordinal);
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
        // Nothing in the trail tells removal from a mistyped head: its own exit code and words, not "BROKEN".
        Assert.Equal(AuditCommands.AnchorBeyondEnd, withAnchor.Exit);
        Assert.Contains($"The noted head {head} is past the trail's last record (3:", withAnchor.Output, StringComparison.Ordinal);
        Assert.Contains("records after the last one were removed", withAnchor.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("BROKEN", withAnchor.Output, StringComparison.Ordinal);
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

    [Fact]
    public async Task Appends_arriving_together_are_written_in_one_chain_each_returned_as_stored()
    {
        var store = await InitialisedAsync();

        var written = await Task.WhenAll(Enumerable.Range(0, 200).Select(i => Task.Run(() =>
            store.AppendAsync(new AuditEntry(AuditActions.PanelShown, AuditOutcomes.Allowed, $"w{i}", "demo", "730001"), Now.AddSeconds(i), CancellationToken.None))));

        var records = await store.ReadAllAsync(CancellationToken.None).ToListAsync();
        Assert.Equal(Enumerable.Range(1, 200).Select(i => (long)i), records.Select(r => r.Sequence));
        Assert.Equal(written.OrderBy(r => r.Sequence), records);
        Assert.Equal(Enumerable.Range(0, 200).Select(i => $"w{i}").Order(StringComparer.Ordinal), records.Select(r => r.Actor!).Order(StringComparer.Ordinal));
        Assert.True((await AuditChain.VerifyAsync(store.ReadAllAsync(CancellationToken.None), CancellationToken.None)).Intact);
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
