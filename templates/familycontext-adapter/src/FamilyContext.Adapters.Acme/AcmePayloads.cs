using FamilyContext.Adapters.Http;
using FamilyContext.Plugin.Abstractions;
using Newtonsoft.Json;

namespace FamilyContext.Adapters.Acme;

// The JSON the Acme integration endpoint returns (README.md).
internal sealed class AcmePerson
{
    [JsonProperty("id", Required = Required.Always)]
    public string Id { get; set; } = "";

    [JsonProperty("forenames")]
    public string? Forenames { get; set; }

    [JsonProperty("surname")]
    public string? Surname { get; set; }

    [JsonProperty("dob")]
    public string? DateOfBirth { get; set; }

    [JsonProperty("sex")]
    public string? Sex { get; set; }

    [JsonProperty("confidential")]
    public string? Confidential { get; set; }

    [JsonProperty("nhsNumber")]
    public string? NhsNumber { get; set; }

    [JsonProperty("upn")]
    public string? Upn { get; set; }

    [JsonProperty("address")]
    public AcmeAddress? Address { get; set; }

    public CmsPerson ToCmsPerson(CmsValueReader values) => new(
        Id,
        Forenames,
        Surname,
        values.ReadDate(DateOfBirth, "person dob"),
        Sex?.Trim().ToUpperInvariant() switch
        {
            "F" => Gender.Female,
            "M" => Gender.Male,
            "O" => Gender.Other,
            _ => Gender.Unknown,
        },
        Address is null ? null : new CmsAddress(Address.Line1, Address.Line2, Address.Town, Address.Postcode),
        NhsNumber,
        Upn,
        null,
        values.ReadRestricted(Confidential));
}

internal sealed class AcmeAddress
{
    [JsonProperty("line1")]
    public string? Line1 { get; set; }

    [JsonProperty("line2")]
    public string? Line2 { get; set; }

    [JsonProperty("town")]
    public string? Town { get; set; }

    [JsonProperty("postcode")]
    public string? Postcode { get; set; }
}

internal sealed class AcmeRelationshipPage
{
    [JsonProperty("relationships", Required = Required.Always)]
    public List<AcmeRelationship> Relationships { get; set; } = [];

    [JsonProperty("people")]
    public List<AcmePerson> People { get; set; } = [];

    [JsonProperty("nextCursor")]
    public string? NextCursor { get; set; }
}

internal sealed class AcmeRelationship
{
    [JsonProperty("personId", Required = Required.Always)]
    public string PersonId { get; set; } = "";

    [JsonProperty("relatedPersonId", Required = Required.Always)]
    public string RelatedPersonId { get; set; } = "";

    [JsonProperty("code", Required = Required.Always)]
    public string Code { get; set; } = "";

    [JsonProperty("description")]
    public string? Description { get; set; }

    [JsonProperty("from")]
    public string? From { get; set; }

    [JsonProperty("to")]
    public string? To { get; set; }

    [JsonProperty("parentalResponsibility")]
    public string? ParentalResponsibility { get; set; }

    public CmsLink ToLink(CmsValueReader values) => new(
        PersonId,
        RelatedPersonId,
        Code,
        Description,
        values.ReadDate(From, "relationship from"),
        values.ReadDate(To, "relationship to"),
        CmsJson.ToFlag(ParentalResponsibility));
}

internal sealed class AcmeWorker
{
    [JsonProperty("id", Required = Required.Always)]
    public string Id { get; set; } = "";

    [JsonProperty("roles")]
    public List<string> Roles { get; set; } = [];
}
