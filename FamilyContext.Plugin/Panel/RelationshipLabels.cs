using FamilyContext.Plugin.Abstractions;

namespace FamilyContext.Plugin.Panel;

/// <summary>Plain-English names and panel groups of the normalised relationship types.</summary>
internal static class RelationshipLabels
{
    public static string Label(RelationshipType type) => type switch
    {
        RelationshipType.Parent => "Parent",
        RelationshipType.StepParent => "Step-parent",
        RelationshipType.ParentsPartner => "Parent's partner",
        RelationshipType.Sibling => "Sibling",
        RelationshipType.HalfSibling => "Half-sibling",
        RelationshipType.Grandparent => "Grandparent",
        RelationshipType.Carer => "Carer",
        RelationshipType.HouseholdMember => "Household member",
        _ => "Other",
    };

    public static PersonGroup Group(RelationshipType type) => type switch
    {
        RelationshipType.Parent or RelationshipType.StepParent or RelationshipType.ParentsPartner or RelationshipType.Carer => PersonGroup.ParentsAndCarers,
        RelationshipType.Sibling or RelationshipType.HalfSibling => PersonGroup.Siblings,
        _ => PersonGroup.Others,
    };

    /// <summary>Order within parents and carers: parents, step-parents, parents' partners, carers.</summary>
    public static int Rank(RelationshipType type) => type switch
    {
        RelationshipType.Parent => 0,
        RelationshipType.StepParent => 1,
        RelationshipType.ParentsPartner => 2,
        RelationshipType.Carer => 3,
        RelationshipType.Sibling => 4,
        RelationshipType.HalfSibling => 4,
        RelationshipType.Grandparent => 5,
        RelationshipType.HouseholdMember => 6,
        _ => 7,
    };
}
