using FamilyContext.Plugin.Audit;
using FamilyContext.Plugin.Reports;

namespace FamilyContext.Plugin.Tests.Reports;

/// <summary>The unusual-access rules on a trail whose unusual days are known.</summary>
public sealed class UnusualAccessTests
{
    private long _sequence;

    [Fact]
    public void A_day_with_far_more_children_than_the_workers_usual_is_flagged_and_usual_days_are_not()
    {
        var unusual = new UnusualAccess(new UnusualAccessOptions());
        for (var day = 2; day <= 5; day++)
        {
            Add(unusual, Panel("w1", $"c{day}a", At(day, 10)), Panel("w1", $"c{day}b", At(day, 11)));
        }

        for (var child = 0; child < 12; child++)
        {
            Add(unusual, Panel("w1", $"many-{child}", At(6, 10)));
        }

        var item = Assert.Single(unusual.Flagged());
        Assert.Equal((new DateOnly(2026, 11, 6), "w1", "Many children", 12), (item.Day, item.Actor, item.Kind, item.Count));
        Assert.Equal("Opened 12 children's panels; usually 2 a day", item.Description);
    }

    [Fact]
    public void Panels_opened_in_the_evening_or_at_a_weekend_are_flagged_as_out_of_hours()
    {
        var unusual = new UnusualAccess(new UnusualAccessOptions());

        Add(unusual, Panel("w2", "c1", At(3, 17)), Panel("w2", "c1", At(3, 21)), Panel("w2", "c2", At(7, 10)));

        Assert.Equal([(new DateOnly(2026, 11, 7), "Out of hours", 1), (new DateOnly(2026, 11, 3), "Out of hours", 1)],
            unusual.Flagged().Select(i => (i.Day, i.Kind, i.Count)));
    }

    [Fact]
    public void Repeated_refusals_in_a_day_are_flagged_at_the_configured_number()
    {
        var unusual = new UnusualAccess(new UnusualAccessOptions { RefusalsPerDay = 3 });

        Add(unusual, Denied("w3", At(4, 9)), Denied("w3", At(4, 10)), Denied("w3", At(4, 11)), Denied("w4", At(4, 9)), Denied("w4", At(4, 10)));

        var item = Assert.Single(unusual.Flagged());
        Assert.Equal(("w3", "Refusals", 3), (item.Actor, item.Kind, item.Count));
    }

    [Fact]
    public void Every_look_up_is_listed_with_its_reason()
    {
        var unusual = new UnusualAccess(new UnusualAccessOptions());

        Add(unusual, Record(new AuditEntry(AuditActions.Search, AuditOutcomes.Allowed, "mgr-1", Detail: "reason: duty call about a sibling"), At(4, 10)));

        var item = Assert.Single(unusual.Flagged());
        Assert.Equal(("mgr-1", "Look-up", "Looked up a child: reason: duty call about a sibling"), (item.Actor, item.Kind, item.Description));
    }

    private static void Add(UnusualAccess unusual, params AuditRecord[] records)
    {
        foreach (var r in records)
        {
            unusual.Add(r);
        }
    }

    private AuditRecord Panel(string worker, string child, DateTimeOffset at) =>
        Record(new AuditEntry(AuditActions.PanelShown, AuditOutcomes.Allowed, worker, "demo", child, Detail: "[]"), at);

    private AuditRecord Denied(string worker, DateTimeOffset at) =>
        Record(new AuditEntry(AuditActions.AccessDenied, AuditOutcomes.Denied, worker, "demo", "c1", Alert: true), at);

    private AuditRecord Record(AuditEntry entry, DateTimeOffset at) => AuditRecord.Create(++_sequence, at, entry, AuditChain.Genesis);

    // November: UK time is UTC. 2 November 2026 is a Monday.
    private static DateTimeOffset At(int day, int hour) => new(2026, 11, day, hour, 0, 0, TimeSpan.Zero);
}
