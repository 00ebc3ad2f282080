using FamilyContext.Adapters.Conformance;
using FamilyContext.Adapters.Mosaic;
using FamilyContext.CmsSimulators;
using FamilyContext.Plugin.Abstractions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
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

    [Fact]
    public async Task A_CMS_address_that_answers_404_to_everything_is_a_configuration_error_not_a_person_not_found()
    {
        // A wrong path in BaseUrl: the server answers, but 404 to every route, the health route included.
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(System.Net.IPAddress.Loopback, 0));
        await using var wrongPath = builder.Build();
        wrongPath.MapFallback(context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        });
        await wrongPath.StartAsync();
        var adapter = CreateAdapter(("BaseUrl", wrongPath.Urls.First() + "/wrong/fc/v1/"));

        var person = await Assert.ThrowsAsync<CmsUnavailableException>(() => adapter.GetPersonAsync(Child, CancellationToken.None));
        var relationships = await Assert.ThrowsAsync<CmsUnavailableException>(() => adapter.GetRelationshipsAsync(Child, new RelationshipQuery(true, new DateOnly(2026, 1, 1)), CancellationToken.None));

        Assert.Contains("answered 404 to persons/{id} and its health check failed", person.Message, StringComparison.Ordinal);
        Assert.Contains("answered 404 to persons/{id}/relationships and its health check failed", relationships.Message, StringComparison.Ordinal);
    }
}
