using FamilyContext.Adapters.Conformance;
using FamilyContext.Adapters.LiquidLogic;
using FamilyContext.CmsSimulators;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using static FamilyContext.CmsSimulators.SeedFamily;

namespace FamilyContext.Adapters.LiquidLogic.Tests;

/// <summary>The conformance kit run against the LiquidLogic simulator, plus what is particular to LCS.</summary>
public sealed class LiquidLogicAdapterTests : CmsAdapterConformanceTests
{
    protected override string ConfigurationSection => LiquidLogicOptions.SectionName;

    protected override string ShippedMappingFile => "liquidlogic-relationships.yaml";

    protected override async Task<ICmsSimulator> StartSimulatorAsync() => await LiquidLogicSimulator.StartNewAsync();

    protected override void AddAdapter(IServiceCollection services, IConfiguration configuration) => services.AddLiquidLogicAdapter(configuration);

    [Fact]
    public async Task A_worker_with_an_open_involvement_may_view_that_restricted_person()
    {
        Assert.True(await CreateAdapter().CanWorkerViewAsync(AllocatedWorker, RestrictedChild, CancellationToken.None));
        Assert.Equal(1, Simulator.Log.CountRequests(SimulatorRoute.Involvements, RestrictedChild));
    }

    [Fact]
    public async Task An_involvement_with_one_restricted_person_does_not_open_another()
    {
        Assert.False(await CreateAdapter().CanWorkerViewAsync(AllocatedWorker, RestrictedHalfSister, CancellationToken.None));
    }
}
