using FamilyContext.CmsSimulators;
using FamilyContext.Plugin.Abstractions;
using Xunit;
using static FamilyContext.CmsSimulators.SeedFamily;

namespace FamilyContext.Adapters.Conformance;

public abstract partial class CmsAdapterConformanceTests
{
    /// <summary>What the seeded child's relationships must resolve to, as of <see cref="AsOf"/>.</summary>
    private static readonly Dictionary<string, RelationshipType[]> ExpectedFamily = new()
    {
        [Mother] = [RelationshipType.Parent],
        [Father] = [RelationshipType.Parent],
        [MothersPartner] = [RelationshipType.ParentsPartner],
        [Sister] = [RelationshipType.Sibling],
        [HalfBrother] = [RelationshipType.HalfSibling],
        [RestrictedHalfSister] = [RelationshipType.HalfSibling],
        [Grandmother] = [RelationshipType.Grandparent, RelationshipType.Carer],
        [Grandfather] = [RelationshipType.Grandparent],
        [PaternalGrandmother] = [RelationshipType.Grandparent],
        [PrivateFosterCarer] = [RelationshipType.Other],
    };

    [Fact]
    public async Task Each_related_person_is_listed_once_with_the_normalised_types()
    {
        var relationships = await ChildRelationshipsAsync(CreateAdapter());

        var actual = relationships.ToDictionary(r => r.RelatedPerson.Id, r => r.Types.Select(t => t.Normalised).ToArray());
        Assert.Equal(ExpectedFamily.OrderBy(e => e.Key), actual.OrderBy(e => e.Key));
    }

    [Fact]
    public async Task Each_type_keeps_the_CMS_code_and_wording()
    {
        var mother = OnlyEntryFor(await ChildRelationshipsAsync(CreateAdapter()), Mother);

        var (code, description) = Simulator.Describe(SeedRelation.Mother);
        var type = Assert.Single(mother.Types);
        Assert.Equal(code, type.Code);
        Assert.Equal(description, type.Wording);
    }

    [Fact]
    public async Task Related_people_carry_their_details_start_date_and_parental_responsibility()
    {
        var relationships = await ChildRelationshipsAsync(CreateAdapter());

        var mother = OnlyEntryFor(relationships, Mother);
        Assert.Equal(("Jade", "Stone", new DateOnly(1990, 2, 11), Gender.Female), (mother.RelatedPerson.FirstName, mother.RelatedPerson.FamilyName, mother.RelatedPerson.DateOfBirth, mother.RelatedPerson.Gender));
        Assert.Equal(RelationshipsStart, mother.StartDate);
        Assert.Null(mother.EndDate);
        Assert.True(mother.ParentalResponsibility);
        Assert.False(OnlyEntryFor(relationships, MothersPartner).ParentalResponsibility);
    }

    [Fact]
    public async Task Ended_relationships_are_left_out_by_default()
    {
        var relationships = await ChildRelationshipsAsync(CreateAdapter());

        Assert.DoesNotContain(relationships, r => r.RelatedPerson.Id == FormerStepFather);
    }

    [Fact]
    public async Task Ended_relationships_are_included_with_their_end_date_when_asked()
    {
        var relationships = await ChildRelationshipsAsync(CreateAdapter(), includeEnded: true);

        var stepFather = OnlyEntryFor(relationships, FormerStepFather);
        Assert.Equal(RelationshipType.StepParent, Assert.Single(stepFather.Types).Normalised);
        Assert.Equal(FormerStepFatherEnd, stepFather.EndDate);
        Assert.Null(OnlyEntryFor(relationships, Mother).EndDate);
    }

    [Fact]
    public async Task Ended_relationships_are_included_when_the_site_is_configured_to_show_them()
    {
        var relationships = await ChildRelationshipsAsync(CreateAdapter(("IncludeEndedRelationships", "true")));

        Assert.Equal(FormerStepFatherEnd, OnlyEntryFor(relationships, FormerStepFather).EndDate);
    }

    [Fact]
    public async Task A_relationship_ending_after_the_as_of_day_is_current()
    {
        var relationships = await CreateAdapter().GetRelationshipsAsync(Child, new RelationshipQuery(false, new DateOnly(2023, 1, 1)), CancellationToken.None);

        Assert.Null(OnlyEntryFor(relationships, FormerStepFather).EndDate);
    }

    [Fact]
    public async Task Reciprocal_links_are_shown_once_from_the_subjects_side()
    {
        var relationships = await ChildRelationshipsAsync(CreateAdapter());

        var mother = OnlyEntryFor(relationships, Mother);
        Assert.Equal(Simulator.Describe(SeedRelation.Mother).Code, Assert.Single(mother.Types).Code);
        Assert.DoesNotContain(relationships.SelectMany(r => r.Types), t => t.Code == Simulator.Describe(SeedRelation.Son).Code);
    }

    [Fact]
    public async Task A_duplicate_record_is_merged_and_never_shown_as_a_relative()
    {
        var relationships = await ChildRelationshipsAsync(CreateAdapter());

        Assert.DoesNotContain(relationships, r => r.RelatedPerson.Id == ChildDuplicateRecord);
        Assert.DoesNotContain(relationships.SelectMany(r => r.Types), t => t.Code == Simulator.Describe(SeedRelation.Duplicate).Code);
        Assert.Equal(RelationshipType.Grandparent, Assert.Single(OnlyEntryFor(relationships, Grandfather).Types).Normalised);
        Assert.Single(OnlyEntryFor(relationships, Mother).Types);
    }

    [Fact]
    public async Task A_person_linked_twice_with_two_types_is_shown_once_with_both()
    {
        var grandmother = OnlyEntryFor(await ChildRelationshipsAsync(CreateAdapter()), Grandmother);

        Assert.Equal(
            [Simulator.Describe(SeedRelation.Grandparent).Code, Simulator.Describe(SeedRelation.FosterCarer).Code],
            grandmother.Types.Select(t => t.Code));
    }

    [Fact]
    public async Task Self_links_and_duplicate_cycles_are_ignored_and_each_record_is_read_once()
    {
        var relationships = await ChildRelationshipsAsync(CreateAdapter());

        Assert.DoesNotContain(relationships, r => r.RelatedPerson.Id == Child);
        Assert.Equal(1, Simulator.Log.CountRequests(SimulatorRoute.Relationships, Child));
        Assert.Equal(1, Simulator.Log.CountRequests(SimulatorRoute.Relationships, ChildDuplicateRecord));
    }

    [Fact]
    public async Task A_link_held_only_from_the_relatives_side_is_read_from_the_subjects_side()
    {
        var grandmother = OnlyEntryFor(await ChildRelationshipsAsync(CreateAdapter()), PaternalGrandmother);

        var type = Assert.Single(grandmother.Types);
        Assert.Equal(RelationshipType.Grandparent, type.Normalised);
        Assert.Equal(Simulator.Describe(SeedRelation.Grandchild).Code, type.Code);
        Assert.False(string.IsNullOrWhiteSpace(type.Wording));
    }

    [Fact]
    public async Task A_person_with_no_links_has_an_empty_list()
    {
        var relationships = await CreateAdapter().GetRelationshipsAsync(LonePerson, new RelationshipQuery(false, AsOf), CancellationToken.None);

        Assert.Empty(relationships);
    }

    [Fact]
    public async Task Relationships_of_an_unknown_person_are_reported_as_not_found()
    {
        var error = await Assert.ThrowsAsync<CmsPersonNotFoundException>(() =>
            CreateAdapter().GetRelationshipsAsync(UnknownPerson, new RelationshipQuery(false, AsOf), CancellationToken.None));

        Assert.Equal(UnknownPerson, error.PersonId);
    }
}
