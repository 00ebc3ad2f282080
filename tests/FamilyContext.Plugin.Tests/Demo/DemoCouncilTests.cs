using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using FamilyContext.Plugin.Abstractions;
using FamilyContext.Plugin.Demo;
using FamilyContext.Plugin.Lookup;
using FamilyContext.Plugin.Panel;
using FamilyContext.Plugin.Services;
using FamilyContext.Plugin.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyContext.Plugin.Tests.Demo;

/// <summary>The synthetic council is what the brief asks for: big, deterministic, realistic, and showing every state.</summary>
public sealed class DemoCouncilTests
{
    private static readonly DemoOptions Defaults = new();

    [Fact]
    public void The_default_council_has_at_least_1000_children_with_linked_people()
    {
        var council = new DemoCouncilGenerator(Defaults).Generate();

        var children = council.People.Where(p => p.IsChild).ToList();
        Assert.True(children.Count >= 1000, $"only {children.Count} children");
        Assert.All(children, c => Assert.Contains(council.Links, l => l.PersonId == c.Person.Id));
    }

    [Fact]
    public void The_same_seed_gives_the_same_council_and_another_seed_another()
    {
        var first = Fingerprint(new DemoCouncilGenerator(Defaults).Generate());
        var again = Fingerprint(new DemoCouncilGenerator(Defaults).Generate());
        var other = Fingerprint(new DemoCouncilGenerator(new DemoOptions { Seed = 7 }).Generate());

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public void The_council_holds_every_kind_of_relationship_the_panel_groups_and_some_ended_ones()
    {
        var council = new DemoCouncilGenerator(Defaults).Generate();

        foreach (var type in new[] { RelationshipType.Parent, RelationshipType.StepParent, RelationshipType.ParentsPartner, RelationshipType.Sibling,
                     RelationshipType.HalfSibling, RelationshipType.Grandparent, RelationshipType.Carer, RelationshipType.Other })
        {
            Assert.Contains(council.Links, l => l.Type == type);
        }

        Assert.Contains(council.Links, l => l.EndDate is not null);
        Assert.Contains(council.People, p => p.Person.Restricted);
    }

    [Fact]
    public void The_council_holds_one_family_of_30_with_every_kind_of_relationship_and_the_other_households_as_before()
    {
        var council = new DemoCouncilGenerator(Defaults).Generate();

        var links = council.Links.Where(l => l.PersonId == DemoCouncilGenerator.LargeFamilyChildId).ToList();
        Assert.Equal(29, links.Select(l => l.OtherPersonId).Distinct().Count());
        Assert.Equal(Enum.GetValues<RelationshipType>().ToHashSet(), links.Select(l => l.Type).ToHashSet());
        Assert.False(council.People.Single(p => p.Person.Id == DemoCouncilGenerator.LargeFamilyChildId).Person.Restricted);
        Assert.Equal(30, council.People.Count(p => int.Parse(p.Person.Id, System.Globalization.CultureInfo.InvariantCulture) >= 900_001));
        Assert.Contains(council.Records.Values.SelectMany(r => r), r => r.Person.FamilyName == DemoCouncilGenerator.LargeFamilyName);
    }

    [Fact]
    public void Service_records_respect_the_age_rules_on_the_anchor_date()
    {
        var council = new DemoCouncilGenerator(Defaults).Generate();

        Assert.All(council.Records["police"], r => Assert.True(AgeCalculator.AgeOn(r.Person.DateOfBirth, Defaults.AnchorDate) >= 18));
        Assert.All(council.Records["school"], r => Assert.InRange(AgeCalculator.AgeOn(r.Person.DateOfBirth, Defaults.AnchorDate) ?? -1, 4, 20));
    }

    [Fact]
    public async Task The_demo_shows_every_flag_state_including_Unavailable_when_a_source_is_switched_off()
    {
        using var factory = new PluginFactory { UseDemoCms = true };
        factory.Settings["FamilyContext:Demo:Households"] = "120";
        var builder = factory.Services.GetRequiredService<PanelBuilder>();
        var cms = factory.Services.GetRequiredService<DemoCmsDatabase>();
        var seen = new HashSet<FlagState>();

        // The demo's people age with the clock: only those still children today open a panel.
        var children = (await cms.ChildrenAsync(CancellationToken.None)).Where(c => !c.Restricted && ChildRule.IsChild(c, factory.Today)).ToList();
        foreach (var child in children.Take(120))
        {
            var panel = await builder.BuildAsync(DemoCmsAdapter.SocialWorker, child.Id, CancellationToken.None);
            seen.UnionWith(panel.People.SelectMany(p => p.Flags).Select(f => f.State));
        }

        factory.Services.GetRequiredService<DemoOutageSwitch>().Set("police", down: true);
        var adultsChild = children[0];
        var outage = await builder.BuildAsync(DemoCmsAdapter.SocialWorker, adultsChild.Id, CancellationToken.None);
        seen.UnionWith(outage.People.SelectMany(p => p.Flags).Select(f => f.State));
        // Not shared comes from a sharing rule applied to what was looked up: school kept from the demo workers' group.
        var rule = new Plugin.Sharing.SharingRule(1, "school", "education-liaison", false, "the schools' data protection officer", null, "ig", factory.Time.GetUtcNow());
        var shared = SharedFlags.Apply(outage, new Plugin.Sharing.WorkerSharing([rule], [DemoLaunchKey.WorkersGroup]));
        seen.UnionWith(shared.People.SelectMany(p => p.Flags).Select(f => f.State));

        Assert.Equal(Enum.GetValues<FlagState>().ToHashSet(), seen);
    }

    private static string Fingerprint(DemoCouncil council) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new
        {
            People = council.People.Select(p => p.Person),
            council.Links,
            Records = council.Records.ToDictionary(r => r.Key, r => r.Value.Select(x => new { x.RecordId, x.Person, x.Involvement, Details = x.Details.ToJsonString() })),
        }))));
}
