using FamilyContext.Plugin.Audit;
using FamilyContext.Plugin.Reports;

namespace FamilyContext.Plugin.Tests.Reports;

/// <summary>The use-and-value figures, checked against a trail whose counts are known by hand.</summary>
public sealed class UsageTallyTests
{
    private static readonly ReportsOptions Options = new();

    [Fact]
    public void The_whole_range_counts_panels_children_workers_details_and_reviews_and_leaves_out_the_day_before()
    {
        var total = Tally(new UsageQuery(KnownTrail.From, KnownTrail.To, ReportPeriod.Week)).Total;

        Assert.Equal((3, 2, 2, 3, 1, 1), (total.Panels, total.Children, total.Workers, total.Details, total.MatchesConfirmed, total.MatchesRejected));
        Assert.Equal(1.0, total.DetailsPerPanel);
        Assert.Equal(1.5, total.PanelsPerWorker);
    }

    [Fact]
    public void The_found_rate_counts_panels_with_someone_current_or_historic_and_the_possible_share_panels_with_a_possible_match()
    {
        var total = Tally(new UsageQuery(KnownTrail.From, KnownTrail.To, ReportPeriod.Week)).Total;

        Assert.Equal((2, 1), (total.PanelsFound, total.PanelsWithPossibleMatch));
        Assert.Equal(2.0 / 3, total.FoundRate, 6);
        Assert.Equal(1.0 / 3, total.PossibleMatchShare, 6);
    }

    [Fact]
    public void Each_service_has_its_own_found_rate_and_unavailable_share()
    {
        var services = Tally(new UsageQuery(KnownTrail.From, KnownTrail.To, ReportPeriod.Week)).Services;

        Assert.Equal(
            [new ServiceFigures("police", 3, 1, 1), new ServiceFigures("school", 3, 1, 0)],
            services);
    }

    [Fact]
    public void Weeks_run_monday_to_sunday_and_every_week_in_the_range_is_listed()
    {
        var periods = Tally(new UsageQuery(KnownTrail.From, KnownTrail.To, ReportPeriod.Week)).Periods;

        Assert.Equal(
            [(new DateOnly(2026, 11, 2), "Week of 2 November 2026", 2, 2, 3, 1, 1), (new DateOnly(2026, 11, 9), "Week of 9 November 2026", 1, 1, 0, 1, 0)],
            periods.Select(p => (p.Start, p.Label, p.Panels, p.Children, p.Details, p.PanelsFound, p.PanelsWithPossibleMatch)));
    }

    [Fact]
    public void Months_are_calendar_months_including_empty_ones()
    {
        var periods = Tally(new UsageQuery(new DateOnly(2026, 10, 1), new DateOnly(2026, 12, 31), ReportPeriod.Month)).Periods;

        Assert.Equal([("October 2026", 0), ("November 2026", 4), ("December 2026", 0)], periods.Select(p => (p.Label, p.Panels)));
    }

    [Fact]
    public void A_team_counts_only_the_sessions_its_launches_name_and_the_teams_seen_are_listed()
    {
        var report = Tally(new UsageQuery(KnownTrail.From, KnownTrail.To, ReportPeriod.Week, "team-a"));

        Assert.Equal((2, 1, 1, 2, 0), (report.Total.Panels, report.Total.Children, report.Total.Workers, report.Total.Details, report.Total.PanelsWithPossibleMatch));
        Assert.Equal(["all-workers", "team-a", "team-b"], report.Teams);
    }

    [Fact]
    public void The_time_saved_is_the_pilots_minutes_saved_for_each_distinct_child()
    {
        var saved = Tally(new UsageQuery(KnownTrail.From, KnownTrail.To, ReportPeriod.Week)).TimeSaved;

        Assert.Equal((157, 20, 2, 274L), (saved.MinutesBefore, saved.MinutesAfter, saved.Cases, saved.Minutes));
    }

    [Fact]
    public void A_record_just_after_midnight_uk_summer_time_counts_in_the_uk_day_and_week_it_fell_in()
    {
        // 23:30 UTC on Sunday 5 July is 00:30 on Monday 6 July in the UK.
        var panel = AuditRecord.Create(1, new DateTimeOffset(2026, 7, 5, 23, 30, 0, TimeSpan.Zero),
            new AuditEntry(AuditActions.PanelShown, AuditOutcomes.Allowed, "w1", "demo", "c1", Detail: "[]"), AuditChain.Genesis);
        var tally = new UsageTally(new UsageQuery(new DateOnly(2026, 6, 29), new DateOnly(2026, 7, 12), ReportPeriod.Week), Options);

        tally.Add(panel);

        Assert.Equal([0, 1], tally.Build().Periods.Select(p => p.Panels));
    }

    [Fact]
    public void A_panel_whose_detail_cannot_be_read_still_counts_as_opened_but_finds_nothing()
    {
        var panel = AuditRecord.Create(1, new DateTimeOffset(2026, 11, 3, 9, 0, 0, TimeSpan.Zero),
            new AuditEntry(AuditActions.PanelShown, AuditOutcomes.Allowed, "w1", "demo", "c1", Detail: "[{not json"), AuditChain.Genesis);
        var tally = new UsageTally(new UsageQuery(KnownTrail.From, KnownTrail.To, ReportPeriod.Week), Options);

        tally.Add(panel);

        Assert.Equal((1, 0), (tally.Build().Total.Panels, tally.Build().Total.PanelsFound));
    }

    private static UsageReport Tally(UsageQuery query)
    {
        var tally = new UsageTally(query, Options);
        var records = KnownTrail.Records().ToList();
        foreach (var launch in records.Where(r => r.Action == AuditActions.LaunchAccepted))
        {
            tally.AddLaunch(launch);
        }

        foreach (var record in records.Where(r => r.Action != AuditActions.LaunchAccepted))
        {
            tally.Add(record);
        }

        return tally.Build();
    }
}
