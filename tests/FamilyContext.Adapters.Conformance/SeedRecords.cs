namespace FamilyContext.CmsSimulators;

/// <summary>A seeded person. Every name and number here is invented.</summary>
public sealed record SeedPerson(string Id, string FirstName, string FamilyName, DateOnly DateOfBirth, char Gender,
    SeedFlag Flag, string? NhsNumber = null, string? Upn = null, string Postcode = "SK1 1AA");

/// <summary>
/// A stored relationship row: <see cref="OtherPersonId"/> is <see cref="PersonId"/>'s <see cref="Relation"/>, or, when
/// <see cref="Code"/> is given, the vendor's code itself (with its <see cref="Description"/>).
/// </summary>
public sealed record SeedLink(string PersonId, string OtherPersonId, SeedRelation Relation, DateOnly Start,
    DateOnly? End = null, bool ParentalResponsibility = false, string? Code = null, string? Description = null);

/// <summary>A seeded CMS worker: whether they hold the restricted-record permission and whom they are allocated to.</summary>
public sealed record SeedWorker(string Id, bool MayViewRestricted, IReadOnlyList<string> AllocatedTo);
