namespace FamilyContext.CmsSimulators;

/// <summary>
/// A relationship in vendor-neutral terms: "the other person is the person's X". Each simulator turns it into its
/// vendor's code and wording.
/// </summary>
public enum SeedRelation
{
    Mother,
    Father,
    Son,
    StepParent,
    StepChild,
    ParentsPartner,
    PartnersChild,
    Sibling,
    HalfSibling,
    Grandparent,
    Grandchild,
    FosterCarer,
    FosterChild,
    Duplicate,

    /// <summary>Deliberately missing from both vendors' default mapping files.</summary>
    PrivateFosterCarer,
}
