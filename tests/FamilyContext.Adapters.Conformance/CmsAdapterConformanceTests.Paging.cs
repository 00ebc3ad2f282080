using FamilyContext.CmsSimulators;
using FamilyContext.Plugin.Abstractions;
using Xunit;
using static FamilyContext.CmsSimulators.SeedFamily;

namespace FamilyContext.Adapters.Conformance;

public abstract partial class CmsAdapterConformanceTests
{
    [Fact]
    public async Task Relationships_over_several_pages_are_all_returned()
    {
        var relationships = await ChildRelationshipsAsync(CreateAdapter(("PageSize", "2")));

        Assert.Equal(ExpectedFamily.Keys.Order(), relationships.Select(r => r.RelatedPerson.Id).Order());
        Assert.True(Simulator.Log.CountRequests(SimulatorRoute.Relationships, Child) > 5, "The child's rows should have spread over many pages.");
    }

    [Fact]
    public async Task An_empty_last_page_ends_the_list()
    {
        Simulator.Switches.EmptyLastPage = true;

        var relationships = await ChildRelationshipsAsync(CreateAdapter(("PageSize", "3")));

        Assert.Equal(ExpectedFamily.Keys.Order(), relationships.Select(r => r.RelatedPerson.Id).Order());
    }

    [Fact]
    public async Task A_list_running_past_the_page_bound_makes_the_CMS_unavailable()
    {
        Simulator.Switches.EndlessPaging = true;

        await Assert.ThrowsAsync<CmsUnavailableException>(() => ChildRelationshipsAsync(CreateAdapter(("MaxPages", "4"))));

        Assert.Equal(4, Simulator.Log.CountRequests(SimulatorRoute.Relationships, Child));
    }

    [Fact]
    public async Task A_family_longer_than_the_default_page_is_read_in_full_at_the_default_page_size()
    {
        var relationships = await CreateAdapter().GetRelationshipsAsync(LargeFamily, new RelationshipQuery(false, AsOf), CancellationToken.None);

        Assert.Equal(LargeFamilySize, relationships.Count);
        Assert.True(Simulator.Log.CountRequests(SimulatorRoute.Relationships, LargeFamily) > 1,
            $"The {LargeFamilySize} rows fitted one page at the adapter's default PageSize, so paging was not tested: keep the default below {LargeFamilySize}.");
    }
}
