namespace FamilyContext.Plugin.Abstractions;

/// <summary>A person as held in the council's case management system.</summary>
/// <param name="Id">The CMS's own person id (Mosaic <c>PERSON_ID</c>, LiquidLogic <c>DIM_PERSON_ID</c>). Opaque.</param>
/// <param name="FirstName">Forename.</param>
/// <param name="FamilyName">Family name.</param>
/// <param name="DateOfBirth">Date of birth, where recorded.</param>
/// <param name="Gender">Gender, <see cref="Gender.Unknown"/> when not recorded.</param>
/// <param name="Address">Current address, where recorded.</param>
/// <param name="NhsNumber">NHS number (10 digits), where recorded.</param>
/// <param name="Upn">Unique Pupil Number, where recorded.</param>
/// <param name="PersonKey">A person key shared across the council's systems (master data), where one exists.</param>
/// <param name="Restricted">True when the CMS marks this person's record restricted.</param>
public sealed record CmsPerson(
    string Id,
    string? FirstName,
    string? FamilyName,
    DateOnly? DateOfBirth,
    Gender Gender,
    CmsAddress? Address,
    string? NhsNumber,
    string? Upn,
    string? PersonKey,
    bool Restricted);
