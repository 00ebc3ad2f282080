using FamilyContext.Plugin.Audit;
using FamilyContext.Plugin.Reports;
using FamilyContext.Plugin.Tests.Support;
using Microsoft.Data.Sqlite;

namespace FamilyContext.Plugin.Tests.Reports;

/// <summary>The report read from a real store, a page at a time: the same figures however small the pages.</summary>
public abstract class ReportRecordsTests : IAsyncLifetime
{
    protected abstract Task<IAuditStore> CreateStoreAsync();

    [Theory]
    [InlineData(2)]
    [InlineData(5_000)]
    public async Task The_report_from_the_store_has_the_known_figures_whatever_the_page_size(int pageSize)
    {
        var store = await CreateStoreAsync();
        await store.InitialiseAsync(CancellationToken.None);
        await KnownTrail.AppendToAsync(store);

        var report = await new ReportRecords(store, pageSize).UsageAsync(
            new UsageQuery(KnownTrail.From, KnownTrail.To, ReportPeriod.Week, "team-a"), new ReportsOptions(), long.MaxValue, CancellationToken.None);

        Assert.Equal((2, 1, 2, 2, 1, 1), (report.Total.Panels, report.Total.Children, report.Total.Details, report.Total.PanelsFound,
            report.Total.MatchesConfirmed, report.Total.MatchesRejected));
        Assert.Equal(["all-workers", "team-a", "team-b"], report.Teams);
    }

    [Fact]
    public async Task Records_after_the_report_began_are_not_counted()
    {
        var store = await CreateStoreAsync();
        await store.InitialiseAsync(CancellationToken.None);
        await KnownTrail.AppendToAsync(store);

        var report = await new ReportRecords(store, 2).UsageAsync(
            new UsageQuery(KnownTrail.From, KnownTrail.To, ReportPeriod.Week), new ReportsOptions(), upTo: 6, CancellationToken.None);

        Assert.Equal((1, 2), (report.Total.Panels, report.Total.Details));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public virtual Task DisposeAsync() => Task.CompletedTask;
}

public sealed class SqliteReportRecordsTests : ReportRecordsTests
{
    private readonly string _folder = Directory.CreateTempSubdirectory("fc-reports-").FullName;

    protected override Task<IAuditStore> CreateStoreAsync() =>
        Task.FromResult<IAuditStore>(new SqliteAuditStore($"Data Source={Path.Combine(_folder, $"{Guid.NewGuid():N}.db")}"));

    public override Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresReportRecordsTests(PostgresServer server) : ReportRecordsTests
{
    protected override async Task<IAuditStore> CreateStoreAsync() => new PostgresAuditStore(await server.CreateDatabaseAsync());
}
