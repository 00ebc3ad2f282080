using FamilyContext.Adapters.Conformance;
using FamilyContext.Adapters.LiquidLogic;
using FamilyContext.CmsSimulators;
using FamilyContext.Plugin.Abstractions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using static FamilyContext.CmsSimulators.SeedFamily;

namespace FamilyContext.Adapters.LiquidLogic.Tests;

/// <summary>The conformance kit run against the LiquidLogic simulator, plus what is particular to LCS.</summary>
public sealed class LiquidLogicAdapterTests : CmsAdapterConformanceTests
{
    protected override string ConfigurationSection => LiquidLogicOptions.SectionName;

    protected override async Task<ICmsSimulator> StartSimulatorAsync() => await LiquidLogicSimulator.StartNewAsync();

    protected override void AddAdapter(IServiceCollection services, IConfiguration configuration) => services.AddLiquidLogicAdapter(configuration);

    [Fact]
    public async Task A_new_LCS_code_is_mapped_through_the_mapping_file_alone()
    {
        using var mapping = MappingFile.CopyOfDefault("liquidlogic-relationships.yaml",
            "  - { code: PFC, description: \"Private foster carer\", type: Carer, reciprocalType: Other }");

        var carer = OnlyEntryFor(await ChildRelationshipsAsync(CreateAdapter(("MappingFile", mapping.Path))), PrivateFosterCarer);

        Assert.Equal(new CmsRelationshipType("PFC", "Private foster carer", RelationshipType.Carer), Assert.Single(carer.Types));
        Assert.DoesNotContain(Logs.Entries, e => e.EventId.Id == UnknownCodeEventId);
    }

    [Fact]
    public async Task A_worker_with_an_open_involvement_may_view_that_restricted_person()
    {
        Assert.True(await CreateAdapter().CanWorkerViewAsync(AllocatedWorker, RestrictedChild, CancellationToken.None));
        Assert.Equal(1, Simulator.Log.CountRequests($"/persons/{RestrictedChild}/involvements"));
    }

    [Fact]
    public async Task An_involvement_with_one_restricted_person_does_not_open_another()
    {
        Assert.False(await CreateAdapter().CanWorkerViewAsync(AllocatedWorker, RestrictedHalfSister, CancellationToken.None));
    }
}
