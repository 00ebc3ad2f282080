using System.Net;
using FamilyContext.Plugin.Abstractions;
using FamilyContext.Plugin.Audit;
using FamilyContext.Plugin.Commands;
using FamilyContext.Plugin.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyContext.Plugin.Tests.Audit;

/// <summary>The audit trail: what a panel session records, the chain that makes tampering visible, and failing closed.</summary>
public sealed class AuditTrailTests : IDisposable
{
    private const string ChildId = "730001";
    private const string MotherId = "730002";
    private readonly PluginFactory _factory = new();

    public AuditTrailTests()
    {
        var child = _factory.Cms.Add(People.Person(ChildId, "Ivy", "Audittest", new DateOnly(2019, 5, 5)));
        _factory.Cms.Link(child.Id, People.Person(MotherId, "Hazel", "Audittest", new DateOnly(1990, 1, 1)), RelationshipType.Parent, "Mother : Daughter");
    }

    [Fact]
    public async Task A_panel_and_a_detail_are_recorded_with_who_when_which_child_person_service_and_session()
    {
        using var browser = _factory.Browser();
        var session = await _factory.LaunchAsync(browser, ChildId);

        await browser.GetStringAsync(new Uri($"/panel/{session}", UriKind.Relative));
        await browser.GetStringAsync(new Uri($"/panel/{session}/people/{MotherId}/services/police", UriKind.Relative));

        var audit = await _factory.AuditAsync();
        var panel = Assert.Single(audit, r => r.Action == AuditActions.PanelShown);
        Assert.Equal(("demo-social-worker", "demo", ChildId, session, _factory.Time.GetUtcNow()), (panel.Actor, panel.Cms, panel.ChildId, panel.SessionId, panel.At));
        Assert.Contains($"\"person\":\"{MotherId}\"", panel.Detail, StringComparison.Ordinal);
        Assert.Contains("\"police\":\"NoRecord\"", panel.Detail, StringComparison.Ordinal);
        var detail = Assert.Single(audit, r => r.Action == AuditActions.DetailOpened);
        Assert.Equal((ChildId, MotherId, "police", session), (detail.ChildId, detail.PersonId, detail.ServiceId, detail.SessionId));
        Assert.DoesNotContain(audit, r => (r.Detail ?? "").Contains("Hazel", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_intact_trail_verifies()
    {
        await RecordSomeAsync();

        var (exit, output) = await VerifyAsync();

        Assert.Equal(AuditCommands.Intact, exit);
        Assert.Contains("intact: 5 records checked", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_store_refuses_to_update_or_delete_a_record()
    {
        await RecordSomeAsync();
        await using var db = await OpenAsync();

        await Assert.ThrowsAsync<SqliteException>(() => Execute(db, "UPDATE audit_log SET actor = 'someone-else' WHERE sequence = 2"));
        await Assert.ThrowsAsync<SqliteException>(() => Execute(db, "DELETE FROM audit_log WHERE sequence = 2"));
    }

    [Theory]
    [InlineData("UPDATE audit_log SET actor = 'someone-else' WHERE sequence = 3", 3, "was changed")]
    [InlineData("UPDATE audit_log SET at = '2020-01-01T00:00:00.0000000Z' WHERE sequence = 2", 2, "was changed")]
    [InlineData("DELETE FROM audit_log WHERE sequence = 3", 4, "missing")]
    [InlineData("UPDATE audit_log SET hash = 'ff' || substr(hash, 3) WHERE sequence = 2", 2, "was changed")]
    public async Task A_record_changed_or_removed_behind_the_services_back_is_detected(string tampering, long brokenAt, string problem)
    {
        await RecordSomeAsync();
        await using (var db = await OpenAsync())
        {
            await Execute(db, "DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;");
            await Execute(db, tampering);
        }

        var (exit, output) = await VerifyAsync();

        Assert.Equal(AuditCommands.Broken, exit);
        Assert.Contains($"BROKEN at record {brokenAt}", output, StringComparison.Ordinal);
        Assert.Contains(problem, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Records_cut_off_the_end_are_detected_against_a_head_noted_earlier()
    {
        await RecordSomeAsync();
        var head = (await VerifyAsync()).Output.Split("Head: ")[1].Split(' ')[0];
        await using (var db = await OpenAsync())
        {
            await Execute(db, "DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE sequence >= 4;");
        }

        var withoutAnchor = await VerifyAsync();
        var withAnchor = await VerifyAsync("--anchor", head);

        Assert.StartsWith("5:", head, StringComparison.Ordinal);
        Assert.Equal(AuditCommands.Intact, withoutAnchor.Exit); // the chain alone cannot tell
        Assert.Equal(AuditCommands.Broken, withAnchor.Exit);
        Assert.Contains("no longer holds the noted head", withAnchor.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_record_rewritten_with_a_recomputed_hash_still_breaks_the_next_link()
    {
        await RecordSomeAsync();
        var second = (await _factory.AuditAsync()).Single(r => r.Sequence == 2);
        var forged = second with { Actor = "someone-else" };
        forged = forged with { Hash = AuditChain.HashOf(forged) };
        await using (var db = await OpenAsync())
        {
            await Execute(db, "DROP TRIGGER audit_log_no_update;");
            await Execute(db, $"UPDATE audit_log SET actor = 'someone-else', hash = '{forged.Hash}' WHERE sequence = 2");
        }

        var (exit, output) = await VerifyAsync();

        Assert.Equal(AuditCommands.Broken, exit);
        Assert.Contains("BROKEN at record 3", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Appends_from_many_requests_at_once_keep_one_unbroken_chain()
    {
        var trail = _factory.Services.GetRequiredService<AuditTrail>();

        await Task.WhenAll(Enumerable.Range(0, 50).Select(i => trail.RecordAsync(new AuditEntry("test", AuditOutcomes.Allowed, $"w{i}"), CancellationToken.None)));

        var records = await _factory.AuditAsync();
        Assert.Equal(Enumerable.Range(1, 50).Select(i => (long)i), records.Select(r => r.Sequence).Order());
        Assert.Equal(AuditCommands.Intact, (await VerifyAsync()).Exit);
    }

    [Fact]
    public async Task When_the_audit_record_cannot_be_written_nothing_is_shown_and_the_worker_is_told()
    {
        var store = new FailingAuditStore();
        using var failing = new PluginFactory { ConfigureServices = s => s.AddSingleton<IAuditStore>(store) };
        failing.Cms.Add(People.Person(ChildId, "Ivy", "Audittest", new DateOnly(2019, 5, 5)));
        using var browser = failing.Browser();
        var session = await failing.LaunchAsync(browser, ChildId); // the launch itself is recorded; then the store fails
        store.Failing = true;

        var page = await browser.GetAsync(new Uri($"/panel/{session}", UriKind.Relative));
        var api = await browser.GetAsync(new Uri($"/api/v1/panel/{session}", UriKind.Relative));
        var detail = await browser.GetAsync(new Uri($"/panel/{session}/people/{ChildId}/services/police", UriKind.Relative));

        foreach (var response in new[] { page, api, detail })
        {
            var body = await response.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.DoesNotContain("Ivy", body, StringComparison.Ordinal);
            Assert.Contains("could not be written", body, StringComparison.Ordinal);
        }
    }

    private async Task RecordSomeAsync()
    {
        var trail = _factory.Services.GetRequiredService<AuditTrail>();
        for (var i = 1; i <= 5; i++)
        {
            await trail.RecordAsync(new AuditEntry(AuditActions.PanelShown, AuditOutcomes.Allowed, $"worker-{i}", "demo", ChildId, SessionId: $"s{i}"), CancellationToken.None);
        }
    }

    private async Task<(int Exit, string Output)> VerifyAsync(params string[] extra)
    {
        using var output = new StringWriter();
        var exit = await FamilyContextCommands.RunAsync(["audit", "verify", "--connection-string", $"Data Source={_factory.AuditDatabasePath}", .. extra], output, output);
        return (exit, output.ToString());
    }

    private async Task<SqliteConnection> OpenAsync()
    {
        _ = _factory.Services; // the service has created the file
        var db = new SqliteConnection($"Data Source={_factory.AuditDatabasePath};Pooling=false");
        await db.OpenAsync();
        return db;
    }

    private static async Task Execute(SqliteConnection db, string sql)
    {
        await using var command = db.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    public void Dispose() => _factory.Dispose();

    private sealed class FailingAuditStore : IAuditStore
    {
        private readonly InMemoryAuditStore _inner = new();

        public bool Failing { get; set; }

        public Task InitialiseAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task<AuditRecord> AppendAsync(AuditEntry entry, DateTimeOffset at, CancellationToken cancellationToken) =>
            Failing ? throw new IOException("disk full") : _inner.AppendAsync(entry, at, cancellationToken);

        public Task<IReadOnlyList<AuditRecord>> SearchAsync(AuditQuery query, CancellationToken cancellationToken) => _inner.SearchAsync(query, cancellationToken);

        public IAsyncEnumerable<AuditRecord> ReadAllAsync(CancellationToken cancellationToken) => _inner.ReadAllAsync(cancellationToken);
    }
}
