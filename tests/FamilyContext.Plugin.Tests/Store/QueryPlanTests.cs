using Dapper;
using FamilyContext.Plugin.Abstractions;
using FamilyContext.Plugin.Audit;
using FamilyContext.Plugin.Store;
using FamilyContext.Plugin.Tests.Support;
using Microsoft.Data.Sqlite;

namespace FamilyContext.Plugin.Tests.Store;

/// <summary>
/// The queries on every lookup and every panel are planned as index searches, never as a scan of the table or a sort of
/// it: their cost must not grow with the store or the audit trail. Checked with SQLite's EXPLAIN QUERY PLAN on the very
/// SQL and parameters the stores run.
/// </summary>
public sealed class QueryPlanTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 10, 0, 0, TimeSpan.Zero);
    private readonly string _folder = Directory.CreateTempSubdirectory("fc-plan-").FullName;

    public static TheoryData<string> Probes() => ["every key", "date of birth only", "names and postcode, no date", "identifiers only"];

    [Theory]
    [MemberData(nameof(Probes))]
    public async Task A_candidate_lookup_searches_indexes_only(string probe)
    {
        var file = Path.Combine(_folder, "store.db");
        var store = new SqliteRecordStore($"Data Source={file}", new StoreChanges());
        await store.InitialiseAsync(CancellationToken.None);
        await store.LoadAsync("police", Now, [.. Enumerable.Range(0, 300).Select(i => People.Record("police", $"P{i}",
            new RecordPerson($"First{(char)('A' + (i % 26))}", $"Family{(char)('A' + (i % 20))}", new DateOnly(1980, 1, 1).AddDays(i * 37), Gender.Female,
                null, $"SK{i % 9} 2AB", null, null, null, null)))]);
        var everything = new CmsPerson("1", "Jess", "Testwell", new DateOnly(1990, 4, 2), Gender.Female, new CmsAddress(null, null, null, "SK4 2AB"),
            "943 476 5919", "A123", "K1", false);
        var person = probe switch
        {
            "every key" => everything,
            "date of birth only" => everything with { FirstName = null, FamilyName = null, Address = null, NhsNumber = null, Upn = null, PersonKey = null },
            "names and postcode, no date" => everything with { DateOfBirth = null, NhsNumber = null, Upn = null, PersonKey = null },
            _ => everything with { FirstName = null, FamilyName = null, DateOfBirth = null, Address = null },
        };
        var (sql, parameters) = StoreSql.Candidates("police", MatchKeys.For(person));

        var plan = await PlanAsync(file, sql, parameters);

        AssertSearchesOnly(plan, "service_record");
    }

    [Fact]
    public async Task The_last_panel_a_worker_saw_of_a_child_is_found_by_an_index_without_a_sort()
    {
        var file = Path.Combine(_folder, "audit.db");
        var store = new SqliteAuditStore($"Data Source={file}");
        await store.InitialiseAsync(CancellationToken.None);
        for (var i = 0; i < 50; i++)
        {
            await store.AppendAsync(new AuditEntry(i % 2 == 0 ? AuditActions.PanelShown : AuditActions.DetailOpened, AuditOutcomes.Allowed,
                $"worker-{i % 3}", "demo", $"child-{i % 5}", null, null, "s1", "[]"), Now.AddSeconds(i), CancellationToken.None);
        }

        var (sql, parameters) = DapperAuditStore.SearchSql(new AuditQuery(Actor: "worker-1", ChildId: "child-2", Action: AuditActions.PanelShown, Limit: 20));

        var plan = await PlanAsync(file, sql, parameters);

        AssertSearchesOnly(plan, "audit_log");
        Assert.DoesNotContain(plan, line => line.Contains("TEMP B-TREE FOR ORDER BY", StringComparison.Ordinal));
    }

    private static async Task<List<string>> PlanAsync(string file, string sql, object parameters)
    {
        Assert.NotEmpty(sql);
        await using var connection = new SqliteConnection($"Data Source={file}");
        await connection.OpenAsync();
        // The fourth column of EXPLAIN QUERY PLAN is the step's description.
        var rows = await connection.QueryAsync<(long Id, long Parent, long NotUsed, string Detail)>("EXPLAIN QUERY PLAN " + sql, parameters);
        return [.. rows.Select(r => r.Detail)];
    }

    private static void AssertSearchesOnly(List<string> plan, string table)
    {
        var steps = plan.Where(line => line.Contains($" {table} ", StringComparison.Ordinal) || line.EndsWith($" {table}", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(steps);
        // A search on the leading column alone (the service, say) reads every row that has it: a scan in all but name.
        Assert.All(steps, step => Assert.Matches($@"^SEARCH {table} USING (COVERING )?INDEX \w+ \(\w+=\? AND ", step));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
