namespace FamilyContext.CmsSimulators;

/// <summary>A seeded person. Every name and number here is invented.</summary>
public sealed record SeedPerson(string Id, string FirstName, string FamilyName, DateOnly DateOfBirth, char Gender,
    bool Restricted, string? NhsNumber = null, string? Upn = null, string Postcode = "SK1 1AA");

/// <summary>A stored relationship row: <see cref="OtherPersonId"/> is <see cref="PersonId"/>'s <see cref="Relation"/>.</summary>
public sealed record SeedLink(string PersonId, string OtherPersonId, SeedRelation Relation, DateOnly Start,
    DateOnly? End = null, bool ParentalResponsibility = false);

/// <summary>A seeded CMS worker: whether they hold the restricted-record permission and whom they are allocated to.</summary>
public sealed record SeedWorker(string Id, bool MayViewRestricted, IReadOnlyList<string> AllocatedTo);
