using FamilyContext.Adapters.Http;
using FamilyContext.Plugin.Abstractions;
using Newtonsoft.Json;

namespace FamilyContext.Adapters.Mosaic;

// The JSON the Mosaic integration endpoint returns (README.md): names follow Mosaic's own tables.
internal sealed class MosaicPerson
{
    [JsonProperty("PERSON_ID", Required = Required.Always)]
    public string PersonId { get; set; } = "";

    [JsonProperty("FIRST_NAMES")]
    public string? FirstNames { get; set; }

    [JsonProperty("LAST_NAME")]
    public string? LastName { get; set; }

    [JsonProperty("DATE_OF_BIRTH")]
    public string? DateOfBirth { get; set; }

    [JsonProperty("GENDER")]
    public string? Gender { get; set; }

    [JsonProperty("RESTRICTED")]
    public string? Restricted { get; set; }

    [JsonProperty("ADDRESS")]
    public MosaicAddress? Address { get; set; }

    [JsonProperty("REFERENCES")]
    public List<MosaicReference> References { get; set; } = [];

    public CmsPerson ToCmsPerson(CmsValueReader values) => new(
        PersonId,
        FirstNames,
        LastName,
        values.ReadDate(DateOfBirth, "person DATE_OF_BIRTH"),
        Gender?.Trim().ToUpperInvariant() switch
        {
            "F" => Plugin.Abstractions.Gender.Female,
            "M" => Plugin.Abstractions.Gender.Male,
            "I" or "O" => Plugin.Abstractions.Gender.Other,
            _ => Plugin.Abstractions.Gender.Unknown,
        },
        Address is null ? null : new CmsAddress(Address.Line1, Address.Line2, Address.Town, Address.PostCode, Address.Uprn),
        Reference("NHS"),
        Reference("UPN"),
        Reference("PERSON_KEY"),
        values.ReadRestricted(Restricted));

    private string? Reference(string type) =>
        References.FirstOrDefault(r => string.Equals(r.Type, type, StringComparison.OrdinalIgnoreCase))?.Value;
}

internal sealed class MosaicAddress
{
    [JsonProperty("ADDRESS_LINE_1")]
    public string? Line1 { get; set; }

    [JsonProperty("ADDRESS_LINE_2")]
    public string? Line2 { get; set; }

    [JsonProperty("TOWN")]
    public string? Town { get; set; }

    [JsonProperty("POST_CODE")]
    public string? PostCode { get; set; }

    [JsonProperty("UPRN")]
    public string? Uprn { get; set; }
}

internal sealed class MosaicReference
{
    [JsonProperty("REFERENCE_TYPE")]
    public string? Type { get; set; }

    [JsonProperty("REFERENCE")]
    public string? Value { get; set; }
}

internal sealed class MosaicRelationshipPage
{
    [JsonProperty("RELATIONSHIPS", Required = Required.Always)]
    public List<MosaicRelationship> Relationships { get; set; } = [];

    [JsonProperty("PERSONS")]
    public List<MosaicPerson> Persons { get; set; } = [];

    [JsonProperty("NEXT_PAGE")]
    public int? NextPage { get; set; }
}

internal sealed class MosaicRelationship
{
    [JsonProperty("PERSON_ID", Required = Required.Always)]
    public string PersonId { get; set; } = "";

    [JsonProperty("OTHER_PERSON_ID")]
    public string? OtherPersonId { get; set; }

    // Some Mosaic versions name the column PERSON_RELATED_TO_ID.
    [JsonProperty("PERSON_RELATED_TO_ID")]
    public string? PersonRelatedToId { get; set; }

    // RELATIONSHIP_TYPE_ID is deliberately not read: type ids differ between sites.
    [JsonProperty("RELATIONSHIP_TYPE_CODE", Required = Required.Always)]
    public string Code { get; set; } = "";

    [JsonProperty("RELATIONSHIP_TYPE_DESCRIPTION")]
    public string? Description { get; set; }

    [JsonProperty("FAMILY_CATEGORY")]
    public string? FamilyCategory { get; set; }

    [JsonProperty("START_DATE")]
    public string? StartDate { get; set; }

    [JsonProperty("END_DATE")]
    public string? EndDate { get; set; }

    [JsonProperty("PARENTAL_RESPONSIBILITY")]
    public string? ParentalResponsibility { get; set; }

    public CmsLink ToLink(CmsValueReader values) => new(
        PersonId,
        OtherPersonId ?? PersonRelatedToId ?? throw new CmsUnavailableException("A Mosaic relationship row has neither OTHER_PERSON_ID nor PERSON_RELATED_TO_ID."),
        Code,
        Description,
        values.ReadDate(StartDate, "relationship START_DATE"),
        values.ReadDate(EndDate, "relationship END_DATE"),
        CmsJson.ToFlag(ParentalResponsibility));
}

internal sealed class MosaicWorker
{
    [JsonProperty("WORKER_ID", Required = Required.Always)]
    public string WorkerId { get; set; } = "";

    [JsonProperty("PERMISSIONS")]
    public List<string> Permissions { get; set; } = [];
}
