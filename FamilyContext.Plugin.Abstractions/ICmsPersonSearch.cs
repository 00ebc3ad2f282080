namespace FamilyContext.Plugin.Abstractions;

/// <summary>
/// An optional capability of a CMS adapter: finding people by name and date of birth. An adapter offers it by
/// implementing this interface beside <see cref="ICmsAdapter"/>. The original API's person search is served only when
/// the configured adapter has it (otherwise it answers 501, as that API allows).
/// </summary>
public interface ICmsPersonSearch
{
    /// <summary>
    /// One page of the people whose first and family names (and date of birth, when given) are the ones asked for, with the total.
    /// Restricted people are never found: they are left out before paging and counting, so the total does not reveal them.
    /// </summary>
    Task<(IReadOnlyList<CmsPerson> Page, int Total)> SearchAsync(string firstName, string familyName, DateOnly? dateOfBirth, int skip, int take, CancellationToken cancellationToken);
}
