using FamilyContext.Adapters.Conformance;
using FamilyContext.Adapters.Mosaic;
using FamilyContext.CmsSimulators;
using FamilyContext.Plugin.Abstractions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using static FamilyContext.CmsSimulators.SeedFamily;

namespace FamilyContext.Adapters.Mosaic.Tests;

/// <summary>The conformance kit run against the Mosaic simulator, plus what is particular to Mosaic.</summary>
public sealed class MosaicAdapterTests : CmsAdapterConformanceTests
{
    protected override string ConfigurationSection => MosaicOptions.SectionName;

    protected override async Task<ICmsSimulator> StartSimulatorAsync() => await MosaicSimulator.StartNewAsync();

    protected override void AddAdapter(IServiceCollection services, IConfiguration configuration) => services.AddMosaicAdapter(configuration);

    [Fact]
    public async Task A_new_Mosaic_code_is_mapped_through_the_mapping_file_alone()
    {
        using var mapping = MappingFile.CopyOfDefault("mosaic-relationships.yaml",
            "  - { code: PRIVATE_FOSTER_CARER, description: \"Private Foster Carer\", type: Carer, reciprocalType: Other }");

        var carer = OnlyEntryFor(await ChildRelationshipsAsync(CreateAdapter(("MappingFile", mapping.Path))), PrivateFosterCarer);

        Assert.Equal(new CmsRelationshipType("PRIVATE_FOSTER_CARER", "Private Foster Carer", RelationshipType.Carer), Assert.Single(carer.Types));
        Assert.DoesNotContain(Logs.Entries, e => e.EventId.Id == UnknownCodeEventId);
    }

    [Fact]
    public async Task A_Mosaic_code_can_be_mapped_by_its_description_when_the_code_differs_at_a_site()
    {
        using var mapping = MappingFile.CopyOfDefault("mosaic-relationships.yaml",
            "  - { description: \"Private Foster Carer\", type: Carer }");

        var carer = OnlyEntryFor(await ChildRelationshipsAsync(CreateAdapter(("MappingFile", mapping.Path))), PrivateFosterCarer);

        Assert.Equal(RelationshipType.Carer, Assert.Single(carer.Types).Normalised);
    }

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
