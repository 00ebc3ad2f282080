using System.Data.Common;
using FamilyContext.Plugin.Audit;
using FamilyContext.Plugin.Commands;
using Microsoft.Data.Sqlite;

namespace FamilyContext.Plugin.Tests.Audit;

public sealed class SqliteAuditStoreTests : AuditStoreContractTests
{
    private readonly string _folder = Directory.CreateTempSubdirectory("fc-audit-").FullName;

    protected override string Provider => "Sqlite";

    protected override string DisableGuardsSql => "DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;";

    protected override Task<string> CreateDatabaseAsync() => Task.FromResult($"Data Source={Path.Combine(_folder, "audit.db")}");

    protected override IAuditStore CreateStore() => new SqliteAuditStore(ConnectionString);

    protected override DbConnection Connect() => new SqliteConnection($"{ConnectionString};Pooling=false");

    [Theory]
    [InlineData("verify")]
    [InlineData("export")]
    public async Task An_audit_command_on_a_missing_file_is_a_clear_error_and_creates_nothing(string command)
    {
        var missing = Path.Combine(_folder, "elsewhere", "audit.db");
        using var output = new StringWriter();

        var exit = await FamilyContext.Plugin.Commands.FamilyContextCommands.RunAsync(
            ["audit", command, "--provider", "Sqlite", "--connection-string", $"Data Source={missing}"], output, output);

        Assert.Equal(AuditCommands.Unreadable, exit);
        Assert.Contains($"there is no audit trail at {missing}", output.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(missing));
    }

    [Fact]
    public async Task A_batch_that_cannot_be_written_fails_every_append_in_it_and_leaves_none_of_them()
    {
        var store = await InitialisedAsync();
        await ExecuteAsync("CREATE TRIGGER refuse_one BEFORE INSERT ON audit_log WHEN NEW.actor = 'refused' BEGIN SELECT RAISE(ABORT, 'refused'); END;");
        // Held by another writer while the appends queue, so they go in (at most) two batches: the refused one's has others in it.
        var holder = new SqliteConnection($"{ConnectionString};Pooling=false");
        await holder.OpenAsync();
        await using (var begin = holder.CreateCommand())
        {
            begin.CommandText = "BEGIN IMMEDIATE;";
            await begin.ExecuteNonQueryAsync();
        }

        var appends = Enumerable.Range(0, 20).Select(i => (Actor: i == 10 ? "refused" : $"w{i}",
            Task: store.AppendAsync(new AuditEntry(AuditActions.PanelShown, AuditOutcomes.Allowed, i == 10 ? "refused" : $"w{i}"), DateTimeOffset.UnixEpoch, CancellationToken.None))).ToList();
        await Task.Delay(200);
        await holder.DisposeAsync();
        var outcomes = await Task.WhenAll(appends.Select(async a =>
        {
            try
            {
                await a.Task;
                return (a.Actor, Written: true);
            }
            catch (SqliteException)
            {
                return (a.Actor, Written: false);
            }
        }));

        var stored = (await store.ReadAllAsync(CancellationToken.None).ToListAsync()).Select(r => r.Actor).ToList();
        Assert.Contains(("refused", false), outcomes);
        Assert.True(outcomes.Count(o => !o.Written) > 1, "The refused record's batch held others: they must fail with it.");
        Assert.Equal(outcomes.Where(o => o.Written).Select(o => o.Actor), stored);
        Assert.True((await AuditChain.VerifyAsync(store.ReadAllAsync(CancellationToken.None), CancellationToken.None)).Intact);
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
