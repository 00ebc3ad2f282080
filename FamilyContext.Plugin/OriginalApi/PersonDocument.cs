using System.Globalization;
using System.Text.Json.Serialization;
using FamilyContext.Plugin.Abstractions;

namespace FamilyContext.Plugin.OriginalApi;

/// <summary>
/// The original API's <c>Person</c>, and its <c>PersonWithRelationship</c> when <see cref="Relationship"/> is set
/// (shared/reference/family-context-api.yaml).
/// </summary>
public sealed record PersonDocument(
    string Id,
    string? CmsId,
    string FirstName,
    string LastName,
    string? DateOfBirth,
    string? Gender,
    string? Address)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Relationship { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? RelationshipToId { get; init; }

    public static PersonDocument From(CmsPerson p) => new(
        p.Id,
        p.Id,
        p.FirstName ?? "",
        p.FamilyName ?? "",
        p.DateOfBirth?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        p.Gender switch { Abstractions.Gender.Female => "female", Abstractions.Gender.Male => "male", Abstractions.Gender.Other => "other", _ => null },
        p.Address is { } a ? string.Join(", ", new[] { a.Line1, a.Line2, a.Town, a.Postcode }.Where(s => !string.IsNullOrWhiteSpace(s))) : null);
}
