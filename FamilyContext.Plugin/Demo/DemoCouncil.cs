using FamilyContext.Plugin.Abstractions;
using FamilyContext.Plugin.Store;

namespace FamilyContext.Plugin.Demo;

/// <summary>A whole synthetic council: the CMS's people and relationships, and every service's extract.</summary>
internal sealed record DemoCouncil(
    IReadOnlyList<DemoCmsPerson> People,
    IReadOnlyList<DemoCmsLink> Links,
    IReadOnlyDictionary<string, IReadOnlyList<ServiceRecord>> Records);

/// <summary>A CMS person, and whether the CMS lists them as a child with an open case.</summary>
internal sealed record DemoCmsPerson(CmsPerson Person, bool IsChild);

/// <summary>A CMS relationship from <see cref="PersonId"/> to <see cref="OtherPersonId"/>, in Mosaic wording.</summary>
internal sealed record DemoCmsLink(
    string PersonId,
    string OtherPersonId,
    string Code,
    string Wording,
    RelationshipType Type,
    DateOnly? StartDate,
    DateOnly? EndDate,
    bool ParentalResponsibility);
