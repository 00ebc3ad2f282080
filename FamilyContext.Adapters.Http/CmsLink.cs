namespace FamilyContext.Adapters.Http;

/// <summary>
/// One relationship row as the CMS stores it, read from <paramref name="PersonId"/>'s side: the other person is
/// <paramref name="PersonId"/>'s <paramref name="Code"/>. The CMS may store a row for each direction.
/// </summary>
public sealed record CmsLink(
    string PersonId,
    string OtherPersonId,
    string Code,
    string? Description,
    DateOnly? StartDate,
    DateOnly? EndDate,
    bool ParentalResponsibility);
