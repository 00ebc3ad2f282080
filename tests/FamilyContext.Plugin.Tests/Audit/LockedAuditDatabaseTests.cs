using System.Net;
using FamilyContext.Plugin.Audit;
using FamilyContext.Plugin.Tests.Support;
using Microsoft.Data.Sqlite;

namespace FamilyContext.Plugin.Tests.Audit;

/// <summary>
/// An audit database another process holds locked: the service waits only its short busy timeout, then fails closed —
/// nothing is shown and the worker is told — rather than queuing every request behind SQLite's 30-second default.
/// </summary>
public sealed class LockedAuditDatabaseTests : IDisposable
{
    // Far below SQLite's default of 30 seconds: a wait that long means the configured timeout was not used.
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(20);
    private readonly string _folder = Directory.CreateTempSubdirectory("fc-audit-lock-").FullName;

    private string ConnectionString => $"Data Source={Path.Combine(_folder, "audit.db")};Pooling=false";

    [Fact]
    public async Task Appends_to_a_database_locked_by_another_connection_fail_rather_than_wait()
    {
        var store = new SqliteAuditStore(ConnectionString, TimeSpan.FromMilliseconds(200));
        await store.InitialiseAsync(CancellationToken.None);
        await using var holder = await HoldWriteLockAsync(ConnectionString);

        // Two at once: the second must not queue behind the first for longer than the timeout either.
        var appends = Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
            store.AppendAsync(new AuditEntry(AuditActions.PanelShown, AuditOutcomes.Allowed, "worker-1"), DateTimeOffset.UnixEpoch, CancellationToken.None)));
        var results = await Task.WhenAll(appends.Select(async a =>
        {
            // A wait past the guard is a failure of its own, never counted as a refusal.
            Assert.True(await Task.WhenAny(a, Task.Delay(HangGuard)) == a, "An append waited past the guard: the configured busy timeout was not used.");
            try
            {
                await a;
                return "written";
            }
            catch (Exception e) when (e is SqliteException or TimeoutException)
            {
                return "refused";
            }
        }));

        Assert.All(results, r => Assert.Equal("refused", r));
    }

    [Fact]
    public async Task A_panel_launched_while_the_audit_database_is_locked_fails_closed_and_says_so()
    {
        using var factory = new PluginFactory();
        factory.Settings["FamilyContext:Audit:BusyTimeout"] = "00:00:00.2";
        factory.Cms.Add(People.Person("720001", "Lola", "Locked", new DateOnly(2016, 2, 2)));
        using var browser = factory.Browser();
        var session = await factory.LaunchAsync(browser, "720001");
        await using var holder = await HoldWriteLockAsync($"Data Source={factory.AuditDatabasePath};Pooling=false");

        var response = await browser.GetAsync(new Uri($"/panel/{session}", UriKind.Relative)).WaitAsync(HangGuard);
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("the record could not be written, so nothing has been shown", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Lola", page, StringComparison.Ordinal);
    }

    [Fact]
    public void A_busy_timeout_outside_a_few_seconds_stops_start_up()
    {
        using var factory = new PluginFactory();
        factory.Settings["FamilyContext:Audit:BusyTimeout"] = "00:00:30";

        var error = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains("BusyTimeout", error.Message, StringComparison.Ordinal);
    }

    /// <summary>Another process appending: an open IMMEDIATE transaction holds SQLite's write lock until disposed.</summary>
    private static async Task<SqliteConnection> HoldWriteLockAsync(string connectionString)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using (var begin = connection.CreateCommand())
        {
            begin.CommandText = "BEGIN IMMEDIATE;";
            await begin.ExecuteNonQueryAsync();
        }

        return connection;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Cleaned by the OS.
        }
    }
}
