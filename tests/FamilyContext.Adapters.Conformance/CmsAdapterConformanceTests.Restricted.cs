using Xunit;
using static FamilyContext.CmsSimulators.SeedFamily;

namespace FamilyContext.Adapters.Conformance;

public abstract partial class CmsAdapterConformanceTests
{
    [Fact]
    public async Task A_restricted_related_person_is_flagged_restricted_and_no_one_else_is()
    {
        var relationships = await ChildRelationshipsAsync(CreateAdapter());

        Assert.Equal([RestrictedHalfSister], relationships.Where(r => r.RelatedPerson.Restricted).Select(r => r.RelatedPerson.Id));
    }

    [Fact]
    public async Task A_restricted_child_is_read_as_restricted()
    {
        var child = await CreateAdapter().GetPersonAsync(RestrictedChild, CancellationToken.None);

        Assert.True(child.Restricted);
    }

    [Theory]
    [InlineData(RestrictedHalfSister)]
    [InlineData(RestrictedChild)]
    public async Task A_worker_without_the_permission_may_not_view_a_restricted_person(string personId)
    {
        Assert.False(await CreateAdapter().CanWorkerViewAsync(PlainWorker, personId, CancellationToken.None));
    }

    [Theory]
    [InlineData(RestrictedHalfSister)]
    [InlineData(RestrictedChild)]
    public async Task A_worker_with_the_permission_may_view_a_restricted_person(string personId)
    {
        Assert.True(await CreateAdapter().CanWorkerViewAsync(PermittedWorker, personId, CancellationToken.None));
    }

    [Fact]
    public async Task A_worker_the_CMS_does_not_know_may_not_view_a_restricted_person()
    {
        Assert.False(await CreateAdapter().CanWorkerViewAsync(UnknownWorker, RestrictedChild, CancellationToken.None));
    }

    [Fact]
    public async Task Any_worker_may_view_an_unrestricted_person()
    {
        Assert.True(await CreateAdapter().CanWorkerViewAsync(PlainWorker, Mother, CancellationToken.None));
    }

    [Fact]
    public async Task Viewing_rights_over_an_unknown_person_are_reported_as_not_found()
    {
        await Assert.ThrowsAsync<Plugin.Abstractions.CmsPersonNotFoundException>(() =>
            CreateAdapter().CanWorkerViewAsync(PlainWorker, UnknownPerson, CancellationToken.None));
    }
}
