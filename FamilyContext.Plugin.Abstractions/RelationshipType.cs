namespace FamilyContext.Plugin.Abstractions;

/// <summary>
/// The small, normalised set of relationship types the panel groups and orders by.
/// The CMS's own wording is always kept alongside (see <see cref="CmsRelationshipType"/>).
/// </summary>
public enum RelationshipType
{
    /// <summary>Anything not mapped to a more specific type.</summary>
    Other = 0,
    /// <summary>Mother or father (birth or adoptive).</summary>
    Parent,
    /// <summary>Step-mother or step-father.</summary>
    StepParent,
    /// <summary>A parent's partner who is not a step-parent.</summary>
    ParentsPartner,
    /// <summary>Full sibling.</summary>
    Sibling,
    /// <summary>Half-sibling.</summary>
    HalfSibling,
    /// <summary>Grandparent.</summary>
    Grandparent,
    /// <summary>Foster carer, kinship carer or other carer.</summary>
    Carer,
    /// <summary>Lives in the same household without a closer relationship.</summary>
    HouseholdMember,
}
