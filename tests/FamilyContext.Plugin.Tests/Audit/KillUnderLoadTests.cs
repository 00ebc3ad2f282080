using System.CommandLine;
using System.Diagnostics;
using System.Net;
using System.Security.Cryptography;
using Dapper;
using FamilyContext.Plugin.Audit;
using FamilyContext.Plugin.Commands;
using FamilyContext.Plugin.Demo;
using FamilyContext.Plugin.Tests.Support;
using Microsoft.Data.Sqlite;

namespace FamilyContext.Plugin.Tests.Audit;

/// <summary>
/// The service as a real process under concurrent panel load, killed with SIGKILL mid-flight: every panel a client
/// received has its audit record (a panel is shown only once its record is durable, group commit or not), and the
/// trail left behind passes <c>audit verify</c>.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class KillUnderLoadTests(PostgresServer server) : IDisposable
{
    private const string Cms = "kill-cms";
    private const string Issuer = "urn:kill-cms";
    private const int Clients = 8;
    private const int PanelsBeforeKill = 60;
    private readonly string _folder = Directory.CreateTempSubdirectory("fc-kill-").FullName;

    [Fact]
    public Task A_kill_9_under_load_loses_no_record_of_a_panel_shown_with_the_trail_in_SQLite() =>
        KilledUnderLoadAsync("Sqlite", $"Data Source={Path.Combine(_folder, "audit.db")}");

    [Fact]
    public async Task A_kill_9_under_load_loses_no_record_of_a_panel_shown_with_the_trail_in_PostgreSql() =>
        await KilledUnderLoadAsync("PostgreSql", await server.CreateDatabaseAsync());

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private async Task KilledUnderLoadAsync(string provider, string auditConnection)
    {
        var keyFile = Path.Combine(_folder, "cms-key.pem");
        using (var key = ECDsa.Create(ECCurve.NamedCurves.nistP256))
        {
            await File.WriteAllTextAsync(keyFile, key.ExportPkcs8PrivateKeyPem());
        }

        var (_, jwks, _) = await CommandAsync(MintLaunchTokenCommandLine.Create(() => "Development"), "mint-launch-token", "--key", keyFile, "--jwks");
        var port = ExternalProcess.FreePort();
        using var service = StartService(port, provider, auditConnection, jwks);
        try
        {
            using var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false })
            {
                BaseAddress = new Uri($"http://127.0.0.1:{port}"),
                Timeout = TimeSpan.FromSeconds(60),
            };
            await ReadyAsync(http, service);
            var child = await DemoChildAsync();
            var (session, cookie) = await LaunchAsync(http, keyFile, child);

            var received = 0;
            using var killing = new CancellationTokenSource();
            var clients = Enumerable.Range(0, Clients).Select(_ => Task.Run(async () =>
            {
                while (!killing.IsCancellationRequested)
                {
                    try
                    {
                        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/panel/{session}");
                        request.Headers.Add("Cookie", cookie);
                        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead);
                        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                        Assert.Contains(child, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
                        Interlocked.Increment(ref received);
                    }
                    catch (Exception e) when (e is HttpRequestException or IOException && killing.IsCancellationRequested)
                    {
                        return;
                    }
                }
            })).ToList();

            var deadline = Stopwatch.StartNew();
            while (Volatile.Read(ref received) < PanelsBeforeKill && deadline.Elapsed < TimeSpan.FromMinutes(3) && !clients.Any(c => c.IsFaulted))
            {
                await Task.Delay(10);
            }

            // SIGKILL: no shutdown, no flush — whatever is not yet committed is lost, as in a power cut of the process.
            await killing.CancelAsync();
            service.Kill();
            await service.WaitForExitAsync();
            await Task.WhenAll(clients);
            var receivedInAll = Volatile.Read(ref received);

            Assert.True(receivedInAll >= PanelsBeforeKill, $"only {receivedInAll} panels were received before the kill");
            var recorded = await PanelsRecordedAsync(provider, auditConnection, session);
            Assert.True(recorded >= receivedInAll, $"{receivedInAll} panels were received but only {recorded} have an audit record");
            var (exitCode, output, error) = await CommandAsync(AuditCommands.Create(), "audit", "verify", "--provider", provider, "--connection-string", auditConnection);
            Assert.True(exitCode == AuditCommands.Intact, $"audit verify exited {exitCode}: {output} {error}");
        }
        finally
        {
            if (!service.HasExited)
            {
                service.Kill();
            }
        }
    }

    private Process StartService(int port, string provider, string auditConnection, string jwks)
    {
        var plugin = Path.Combine(AppContext.BaseDirectory, "FamilyContext.Plugin.dll");
        var info = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])[plugin, "--urls", $"http://127.0.0.1:{port}"])
        {
            info.ArgumentList.Add(argument);
        }

        var settings = new Dictionary<string, string>
        {
            ["DOTNET_ENVIRONMENT"] = "Testing",
            ["ASPNETCORE_ENVIRONMENT"] = "Testing",
            ["DOTNET_CONTENTROOT"] = SourceFolder(),
            ["Logging__LogLevel__Default"] = "Warning",
            ["FamilyContext__Store__ConnectionString"] = $"Data Source={Path.Combine(_folder, "store.db")}",
            ["FamilyContext__Demo__CmsConnectionString"] = $"Data Source={Path.Combine(_folder, "demo-cms.db")}",
            ["FamilyContext__Demo__Households"] = "40",
            ["FamilyContext__Demo__UsageHistoryWeeks"] = "0",
            ["FamilyContext__Access__ConnectionString"] = $"Data Source={Path.Combine(_folder, "access.db")}",
            ["FamilyContext__MatchReview__ConnectionString"] = $"Data Source={Path.Combine(_folder, "match-review.db")}",
            ["FamilyContext__Audit__Provider"] = provider,
            ["FamilyContext__Audit__ConnectionString"] = auditConnection,
            ["FamilyContext__RateLimits__WorkerRequestsPerMinute"] = "1000000",
            [$"FamilyContext__Launch__Issuers__{Cms}__Issuer"] = Issuer,
            [$"FamilyContext__Launch__Issuers__{Cms}__JsonWebKeySet"] = jwks,
        };
        foreach (var (name, value) in settings)
        {
            info.Environment[name] = value;
        }

        // The service keeps the test's clock (inherited, libfaketime included when the suite runs a year ahead): the launch
        // tokens are minted in this process, and the service must judge them by the same clock.
        var process = Process.Start(info) ?? throw new InvalidOperationException("The service did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task ReadyAsync(HttpClient http, Process service)
    {
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromMinutes(3))
        {
            Assert.False(service.HasExited, $"the service exited with code {(service.HasExited ? service.ExitCode : 0)} while starting");
            try
            {
                using var response = await http.GetAsync(new Uri("/health/live", UriKind.Relative));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(200);
        }

        Assert.Fail("the service did not answer /health/live within 3 minutes");
    }

    // A child with people linked to them, not restricted: their panel has something to look up for everyone in it.
    private async Task<string> DemoChildAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(_folder, "demo-cms.db")};Mode=ReadOnly");
        return await connection.QueryFirstAsync<string>(
            "SELECT person_id FROM cms_person WHERE is_child = 1 AND restricted = 0 AND person_id IN (SELECT person_id FROM cms_relationship) ORDER BY person_id");
    }

    private static async Task<(string Session, string Cookie)> LaunchAsync(HttpClient http, string keyFile, string child)
    {
        var (exitCode, token, error) = await CommandAsync(MintLaunchTokenCommandLine.Create(() => "Development"), "mint-launch-token",
            "--key", keyFile, "--issuer", Issuer, "--worker", DemoCmsAdapter.SocialWorker, "--child", child, "--group", DemoLaunchKey.WorkersGroup);
        Assert.True(exitCode == 0, error);
        using var launch = await http.GetAsync(new Uri($"/launch/{Cms}?token={Uri.EscapeDataString(token.Trim())}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, launch.StatusCode);
        var cookie = string.Join("; ", launch.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        return (launch.Headers.Location!.OriginalString.Split('/')[^1], cookie);
    }

    private static async Task<int> PanelsRecordedAsync(string provider, string connection, string session)
    {
        IAuditStore store = provider == "Sqlite" ? new SqliteAuditStore(connection) : new PostgresAuditStore(connection);
        var records = await store.SearchAsync(new AuditQuery(Action: AuditActions.PanelShown, Limit: 1_000_000), CancellationToken.None);
        (store as IDisposable)?.Dispose();
        return records.Count(r => r.SessionId == session);
    }

    private static async Task<(int ExitCode, string Output, string Error)> CommandAsync(Command command, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await new RootCommand { command }.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (exitCode, output.ToString(), error.ToString());
    }

    // The service's project folder, where its appsettings.json is, as WebApplicationFactory finds it.
    private static string SourceFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "FamilyContext.Plugin", "appsettings.json");
            if (File.Exists(candidate))
            {
                return Path.GetDirectoryName(candidate)!;
            }
        }

        throw new InvalidOperationException("FamilyContext.Plugin/appsettings.json was not found above the test folder.");
    }
}
