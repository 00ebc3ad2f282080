namespace FamilyContext.Plugin.Abstractions;

/// <summary>
/// A person linked to the subject in the CMS. One entry per related person: a person linked twice with
/// two types carries both in <see cref="Types"/>. Reciprocal links, duplicate-record links, self-links
/// and cycles are resolved by the adapter before it returns.
/// </summary>
/// <param name="RelatedPerson">The related person's basic details.</param>
/// <param name="Types">Every relationship type linking the two people, most specific first. Never empty.</param>
/// <param name="StartDate">When the relationship started, where recorded.</param>
/// <param name="EndDate">When the relationship ended; null while it is current.</param>
/// <param name="ParentalResponsibility">True when the related person holds parental responsibility for the subject.</param>
public sealed record CmsRelationship(
    CmsPerson RelatedPerson,
    IReadOnlyList<CmsRelationshipType> Types,
    DateOnly? StartDate,
    DateOnly? EndDate,
    bool ParentalResponsibility);
