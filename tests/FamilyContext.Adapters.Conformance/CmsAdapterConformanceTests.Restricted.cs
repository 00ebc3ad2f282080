using FamilyContext.CmsSimulators;
using FamilyContext.Plugin.Abstractions;
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

    /// <summary>Every form of the restricted flag each simulator serves.</summary>
    public static TheoryData<SeedFlag> FlagForms => new(Enum.GetValues<SeedFlag>());

    /// <summary>
    /// Whether the CMS's documentation says an empty restricted flag means restricted. Default true: override only
    /// where the documentation says an empty flag means open.
    /// </summary>
    protected virtual bool BlankFlagIsRestricted => true;

    /// <summary>Whether an absent (or null) restricted flag means restricted. Default true; override as for <see cref="BlankFlagIsRestricted"/>.</summary>
    protected virtual bool MissingFlagIsRestricted => true;

    /// <summary>What the kit expects each form of the flag to mean: yes and any undocumented value restricted, no open, blank and missing as the CMS documents.</summary>
    protected bool ExpectedRestricted(SeedFlag flag) => flag switch
    {
        SeedFlag.No => false,
        SeedFlag.Blank => BlankFlagIsRestricted,
        SeedFlag.Missing => MissingFlagIsRestricted,
        _ => true,
    };

    [Theory]
    [MemberData(nameof(FlagForms))]
    public async Task Each_form_of_the_restricted_flag_is_read_as_the_kit_expects(SeedFlag flag)
    {
        var person = await CreateAdapter().GetPersonAsync(FlagPerson(flag), CancellationToken.None);

        Assert.True(ExpectedRestricted(flag) == person.Restricted, $"A person whose restricted flag is {flag} was read as {(person.Restricted ? "restricted" : "open")}.");
    }

    [Fact]
    public async Task Each_form_of_the_restricted_flag_is_read_the_same_on_related_people()
    {
        var relationships = await CreateAdapter().GetRelationshipsAsync(FlagHolder, new RelationshipQuery(false, AsOf), CancellationToken.None);

        foreach (var flag in Enum.GetValues<SeedFlag>())
        {
            Assert.True(ExpectedRestricted(flag) == OnlyEntryFor(relationships, FlagPerson(flag)).RelatedPerson.Restricted,
                $"A related person whose restricted flag is {flag} was read wrongly.");
        }
    }

    [Theory]
    [MemberData(nameof(FlagForms))]
    public async Task A_worker_without_the_permission_may_view_only_people_whose_flag_means_open(SeedFlag flag)
    {
        Assert.Equal(!ExpectedRestricted(flag), await CreateAdapter().CanWorkerViewAsync(PlainWorker, FlagPerson(flag), CancellationToken.None));
    }
}
