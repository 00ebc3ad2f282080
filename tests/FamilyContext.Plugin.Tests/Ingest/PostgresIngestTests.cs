using FamilyContext.Plugin.Tests.Support;

namespace FamilyContext.Plugin.Tests.Ingest;

/// <summary>The ingest command end to end with the store on a real PostgreSQL server: load, rejection that keeps the previous extract, dry run.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresIngestTests(PostgresServer server) : IAsyncLifetime
{
    private const string Header = "Tenancy Ref,Forename,Surname,Date of Birth,Sex,Address,Postcode,UPRN,NHS Number,Tenancy Status,Tenancy Start,Tenancy End,Landlord,Housing Officer,Officer Role,Officer Phone,Officer Email,ASB,Arrears Over 6 Weeks,NOSP,Eviction";

    private IngestHost _host = null!;

    private static string HousingMapping => IngestHost.Sample("flat/housing.yaml");

    public async Task InitializeAsync() => _host = new IngestHost(new Dictionary<string, string?>
    {
        ["FamilyContext:Store:Provider"] = "PostgreSQL",
        ["FamilyContext:Store:ConnectionString"] = await server.CreateDatabaseAsync(),
    });

    public Task DisposeAsync()
    {
        _host.Dispose();
        return Task.CompletedTask;
    }

    private static string Row(int id, string dob = "02/04/1990") =>
        $"T-{id},Jess,Testwell,{dob},F,1 Test Street,SK4 2AB,,,Live,01/06/2019,,Stockport Homes (sample),Sam Officer,Housing officer,0161 496 0201,sam@example.org,N,Y,N,N";

    private string Extract(string name, int rows, Func<int, string>? row = null) =>
        _host.Write(name, Header + "\n" + string.Join("\n", Enumerable.Range(1, rows).Select(row ?? (i => Row(i)))) + "\n");

    [Fact]
    public async Task The_shipped_housing_sample_loads_into_PostgreSQL()
    {
        var (code, output, error) = await _host.RunAsync("housing", IngestHost.Sample("flat/housing.csv"), HousingMapping);

        Assert.True(code == 0, output + error);
        var record = await _host.Store.GetRecordAsync("housing", "T-1001", CancellationToken.None);
        Assert.Equal(("Jess", new DateOnly(1990, 4, 2), "9434765919"), (record!.Person.FirstName, record.Person.DateOfBirth, record.Person.NhsNumber));
        Assert.Equal("Case open", record.Details["rentArrears"]!.GetValue<string>());
        var metadata = await _host.Store.GetMetadataAsync("housing", CancellationToken.None);
        Assert.Equal((3, IngestHost.Now.AddHours(-3)), (metadata!.RecordCount, metadata.CurrentAsOf));
        Assert.Equal(1, (await _host.Store.GetGenerationsAsync(CancellationToken.None))["housing"]);
    }

    [Fact]
    public async Task A_rejected_extract_leaves_the_previous_one_serving_in_PostgreSQL()
    {
        Assert.Equal(0, (await _host.RunAsync("housing", Extract("good.csv", 20), HousingMapping)).ExitCode);
        var bad = Extract("bad.csv", 20, i => i % 4 == 0 ? Row(100 + i, dob: "31/02/1990") : Row(100 + i));

        var (code, _, error) = await _host.RunAsync("housing", bad, HousingMapping);

        Assert.Equal(1, code);
        Assert.Contains("5 of 20 rows (25.0%) could not be used", error, StringComparison.Ordinal);
        Assert.NotNull(await _host.Store.GetRecordAsync("housing", "T-1", CancellationToken.None));
        Assert.Null(await _host.Store.GetRecordAsync("housing", "T-101", CancellationToken.None));
        Assert.Equal(20, (await _host.Store.GetMetadataAsync("housing", CancellationToken.None))!.RecordCount);
        Assert.Equal(1, (await _host.Store.GetGenerationsAsync(CancellationToken.None))["housing"]);
    }

    [Fact]
    public async Task A_dry_run_leaves_PostgreSQL_alone()
    {
        var (code, output, _) = await _host.RunAsync("housing", IngestHost.Sample("flat/housing.csv"), HousingMapping, dryRun: true);

        Assert.Equal(0, code);
        Assert.Contains("Checked: would load", output, StringComparison.Ordinal);
        Assert.Null(await _host.Store.GetMetadataAsync("housing", CancellationToken.None));
        Assert.Single(_host.Reports("html"));
    }
}
