using FamilyContext.Plugin.Abstractions;

namespace FamilyContext.Plugin.Store;

/// <summary>
/// The indexed keys used to find candidate records for a person. Every one is an equality on an indexed
/// column, so a lookup costs about the same against a million records as against a thousand.
/// </summary>
public sealed record MatchKeys(
    string? NhsNumber,
    string? Upn,
    string? PersonKey,
    DateOnly? DateOfBirth,
    DateOnly? TransposedDateOfBirth,
    string? FamilyNameKey,
    int? BirthYear,
    string? FirstNameKey,
    string? PostcodeKey)
{
    public static MatchKeys For(CmsPerson person)
    {
        var dob = person.DateOfBirth;
        DateOnly? transposed = dob is DateOnly d && d.Day <= 12 && d.Day != d.Month ? new DateOnly(d.Year, d.Day, d.Month) : null;
        return new MatchKeys(
            NameKeys.NhsNumber(person.NhsNumber),
            NameKeys.Alphanumeric(person.Upn),
            NameKeys.Alphanumeric(person.PersonKey),
            dob,
            transposed,
            NameKeys.Name(person.FamilyName),
            dob?.Year,
            NameKeys.Name(person.FirstName),
            NameKeys.Postcode(person.Address?.Postcode));
    }
}
