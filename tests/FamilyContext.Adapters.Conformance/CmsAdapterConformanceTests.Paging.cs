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
        Assert.True(Simulator.Log.CountRequests($"/persons/{Child}/") > 5, "The child's rows should have spread over many pages.");
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

        Assert.Equal(4, Simulator.Log.CountRequests($"/persons/{Child}/"));
    }
}
