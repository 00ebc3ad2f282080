using FamilyContext.Adapters.Conformance;
using FamilyContext.Adapters.Mosaic;
using FamilyContext.CmsSimulators;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using static FamilyContext.CmsSimulators.SeedFamily;

namespace FamilyContext.Adapters.Mosaic.Tests;

/// <summary>The conformance kit run against the Mosaic simulator, plus what is particular to Mosaic.</summary>
public sealed class MosaicAdapterTests : CmsAdapterConformanceTests
{
    protected override string ConfigurationSection => MosaicOptions.SectionName;

    protected override string ShippedMappingFile => "mosaic-relationships.yaml";

    protected override async Task<ICmsSimulator> StartSimulatorAsync() => await MosaicSimulator.StartNewAsync();

    protected override void AddAdapter(IServiceCollection services, IConfiguration configuration) => services.AddMosaicAdapter(configuration);

    [Fact]
    public async Task The_Mosaic_permission_that_opens_restricted_records_is_configurable()
    {
        var adapter = CreateAdapter(("RestrictedPermission", "VIEW_PERSON"));

        Assert.True(await adapter.CanWorkerViewAsync(PlainWorker, RestrictedChild, CancellationToken.None));
    }

    [Fact]
    public async Task Mosaic_rows_are_read_whether_the_other_person_is_named_OTHER_PERSON_ID_or_PERSON_RELATED_TO_ID()
    {
        // The simulator spells the column OTHER_PERSON_ID when PERSON_ID sorts first, PERSON_RELATED_TO_ID otherwise;
        // the child (1001) reaches its mother through the first, the paternal grandmother's row (1013 -> 1001) through the second.
        var relationships = await ChildRelationshipsAsync(CreateAdapter());

        Assert.Contains(relationships, r => r.RelatedPerson.Id == Mother);
        Assert.Contains(relationships, r => r.RelatedPerson.Id == PaternalGrandmother);
    }
}
