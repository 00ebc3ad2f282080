using FamilyContext.Plugin.Lookup;

namespace FamilyContext.Plugin.Panel;

/// <summary>
/// One person in the closed view. A restricted person the worker may not see has no name, age or flags:
/// only <see cref="Restricted"/> and the relationship.
/// </summary>
public sealed record PersonCard(
    string PersonId,
    PersonGroup Group,
    bool Restricted,
    string? Name,
    int? Age,
    DateOnly? DateOfBirth,
    string Relationship,
    IReadOnlyList<string> CmsWording,
    DateOnly? RelationshipEnded,
    bool ParentalResponsibility,
    IReadOnlyList<ServiceFlag> Flags);
