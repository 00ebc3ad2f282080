using FamilyContext.Plugin.Audit;
using FamilyContext.Plugin.Demo;
using FamilyContext.Plugin.Reports;
using FamilyContext.Plugin.Tests.Support;
using FamilyContext.Plugin.Time;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyContext.Plugin.Tests.Demo;

/// <summary>The demo's first start writes weeks of made-up use into the audit trail, so the reports show something at once.</summary>
public sealed class DemoUsageHistoryTests
{
    private const int Weeks = 3;

    [Fact]
    public async Task The_first_start_writes_weeks_of_use_ending_now_chained_like_any_other_record()
    {
        using var factory = new PluginFactory { UseDemoCms = true };
        factory.Settings["FamilyContext:Demo:UsageHistoryWeeks"] = Weeks.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _ = factory.Server;
        var store = factory.Services.GetRequiredService<IAuditStore>();
        var now = factory.Time.GetUtcNow();

        var records = new List<AuditRecord>();
        await foreach (var r in store.ReadAllAsync(CancellationToken.None))
        {
            records.Add(r);
        }

        Assert.True(records.Count > 500, $"{records.Count} records");
        Assert.All(records, r => Assert.InRange(r.At, UkDates.StartOfDay(UkDates.DayOf(now).AddDays(-7 * Weeks)), now));
        Assert.Equal(records.OrderBy(r => r.At).Select(r => r.Sequence), records.Select(r => r.Sequence));
        Assert.True((await AuditChain.VerifyAsync(store.ReadAllAsync(CancellationToken.None), CancellationToken.None)).Intact);

        var launches = records.Where(r => r.Action == AuditActions.LaunchAccepted).ToList();
        var teams = launches.SelectMany(r => LaunchGroups.Read(r.Detail)).Distinct().ToList();
        Assert.Superset(DemoUsageGenerator.Teams.ToHashSet(), teams.ToHashSet());
        Assert.True(launches.Select(r => r.Actor).Distinct().Count() > 30, "many workers");
        var panels = records.Where(r => r.Action == AuditActions.PanelShown).ToList();
        var weekdays = panels.Count(r => UkDates.Local(r.At).DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday));
        var workingHours = panels.Count(r => UkDates.Local(r.At).Hour is >= 8 and < 18);
        Assert.InRange((double)weekdays / panels.Count, 0.95, 1.0);
        Assert.InRange((double)workingHours / panels.Count, 0.9, 1.0);
        Assert.InRange(weekdays, 1, panels.Count - 1); // a few at weekends too
        Assert.Contains(records, r => r.Action == AuditActions.AccessDenied && r.Outcome == AuditOutcomes.Denied);
        Assert.Contains(records, r => r.Action == AuditActions.Search && !string.IsNullOrEmpty(r.Detail));
        Assert.Contains(records, r => r.Action == AuditActions.DetailOpened);
        // Every panel shows real children of the demo council, with flags a report can read.
        var children = (await factory.Services.GetRequiredService<DemoCmsDatabase>().ChildrenAsync(CancellationToken.None)).Select(c => c.Id).ToHashSet();
        Assert.All(panels, p => Assert.Contains(p.ChildId!, children));
        Assert.All(panels, p => Assert.NotEmpty(PanelFacts.Read(p.Detail).Services));

        var report = await factory.Services.GetRequiredService<ReportRecords>().UsageAsync(
            new UsageQuery(UkDates.DayOf(now).AddDays(-7 * Weeks), UkDates.DayOf(now), ReportPeriod.Week), new ReportsOptions(), long.MaxValue, CancellationToken.None);
        Assert.Equal(panels.Count, report.Total.Panels);
        Assert.InRange(report.Total.PanelsFound, 1, report.Total.Panels - 1);
    }

    [Fact]
    public async Task A_trail_that_already_holds_records_is_left_as_it_is()
    {
        using var factory = new PluginFactory { UseDemoCms = true };
        _ = factory.Server;
        var store = factory.Services.GetRequiredService<IAuditStore>();
        await store.AppendAsync(new AuditEntry(AuditActions.SignedIn, AuditOutcomes.Allowed, "w1"), factory.Time.GetUtcNow(), CancellationToken.None);
        var options = Microsoft.Extensions.Options.Options.Create(new DemoOptions { UsageHistoryWeeks = Weeks });
        var history = ActivatorUtilities.CreateInstance<DemoUsageHistory>(factory.Services, options);

        await history.GenerateAsync(CancellationToken.None);

        Assert.Equal(1, await store.CountAsync(new AuditQuery(), CancellationToken.None));
    }
}
