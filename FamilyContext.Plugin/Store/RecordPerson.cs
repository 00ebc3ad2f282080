using FamilyContext.Plugin.Abstractions;

namespace FamilyContext.Plugin.Store;

/// <summary>The basic details every service record carries about its person.</summary>
public sealed record RecordPerson(
    string? FirstName,
    string? FamilyName,
    DateOnly? DateOfBirth,
    Gender Gender,
    string? AddressLine,
    string? Postcode,
    string? Uprn,
    string? NhsNumber,
    string? Upn,
    string? PersonKey);
