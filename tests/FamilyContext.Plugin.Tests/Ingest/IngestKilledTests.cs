using System.Diagnostics;
using System.Globalization;
using System.Text;
using FamilyContext.Plugin.Tests.Support;

namespace FamilyContext.Plugin.Tests.Ingest;

/// <summary>A real ingest process killed with SIGKILL in the middle of its load: the previous extract keeps serving, and a rerun succeeds.</summary>
public sealed class IngestKilledTests : IDisposable
{
    private const string Header = "Tenancy Ref,Forename,Surname,Date of Birth,Sex,Address,Postcode,UPRN,NHS Number,Tenancy Status,Tenancy Start,Tenancy End,Landlord,Housing Officer,Officer Role,Officer Phone,Officer Email,ASB,Arrears Over 6 Weeks,NOSP,Eviction";

    private readonly IngestHost _host = new();

    public void Dispose() => _host.Dispose();

    private string Extract(string name, int rows)
    {
        var text = new StringBuilder(Header).Append('\n');
        for (var i = 1; i <= rows; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"T-{i},Jess{i % 97},Testwell,02/04/1990,F,\"{i} Test Street, Stockport\",SK4 2AB,,,Live,01/06/2019,,Stockport Homes (sample),Sam Officer,Housing officer,0161 496 0201,sam@example.org,N,Y,N,N\n");
        }

        return _host.Write(name, text.ToString());
    }

    [Fact]
    public async Task Killing_an_ingest_mid_load_leaves_the_previous_extract_serving_and_a_rerun_succeeds()
    {
        Assert.Equal(0, (await _host.RunAsync("housing", Extract("previous.csv", 10), IngestHost.Sample("flat/housing.yaml"))).ExitCode);
        // Big enough that the load takes many seconds; the kill comes a fraction of a second in, after two progress lines.
        const int Rows = 150_000;
        var big = Extract("big.csv", Rows);

        using (var ingest = StartIngest(big))
        {
            // Progress lines are written while rows stream into the open transaction: the second one means the load is well under way.
            var lines = 0;
            var seen = new StringBuilder();
            while (lines < 2 && await ingest.StandardOutput.ReadLineAsync() is { } line)
            {
                seen.AppendLine(line);
                lines += line.Contains("rows read (", StringComparison.Ordinal) ? 1 : 0;
            }

            // kill -9 (Process.Kill sends SIGKILL), exactly as an operator or an out-of-memory killer would: no chance to roll back or tidy up.
            ingest.Kill();
            await ingest.WaitForExitAsync();
            // 128 + 9: killed by the signal, not finished on its own before the kill landed.
            Assert.True(ingest.ExitCode == 137, $"The ingest ended by itself (exit code {ingest.ExitCode}) after {lines} progress lines:\n{seen}{await ingest.StandardOutput.ReadToEndAsync()}{await ingest.StandardError.ReadToEndAsync()}");
        }

        Assert.Equal(10, (await _host.Store.GetMetadataAsync("housing", CancellationToken.None))!.RecordCount);
        Assert.NotNull(await _host.Store.GetRecordAsync("housing", "T-10", CancellationToken.None));
        Assert.Null(await _host.Store.GetRecordAsync("housing", "T-11", CancellationToken.None));

        var (code, output, error) = await _host.RunAsync("housing", big, IngestHost.Sample("flat/housing.yaml"));

        Assert.True(code == 0, output + error);
        Assert.Equal(Rows, (await _host.Store.GetMetadataAsync("housing", CancellationToken.None))!.RecordCount);
    }

    private Process StartIngest(string file)
    {
        var info = new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, "FamilyContext.Plugin"))
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "ingest", "housing", file, "--mapping", IngestHost.Sample("flat/housing.yaml"), "--report-dir", Path.Combine(_host.Folder, "reports") })
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["FamilyContext__Store__ConnectionString"] = $"Data Source={Path.Combine(_host.Folder, "store.db")}";
        info.Environment["FamilyContext__Audit__ConnectionString"] = $"Data Source={Path.Combine(_host.Folder, "audit.db")}";
        info.Environment["FamilyContext__Access__ConnectionString"] = $"Data Source={Path.Combine(_host.Folder, "access.db")}";
        info.Environment["FamilyContext__Ingest__ProgressEvery"] = "00:00:00.2";
        info.Environment["FamilyContext__Demo__CmsConnectionString"] = $"Data Source={Path.Combine(_host.Folder, "demo-cms.db")}";
        return Process.Start(info) ?? throw new InvalidOperationException("The ingest process did not start.");
    }
}
