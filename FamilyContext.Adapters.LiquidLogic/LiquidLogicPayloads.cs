using FamilyContext.Adapters.Http;
using FamilyContext.Plugin.Abstractions;
using Newtonsoft.Json;

namespace FamilyContext.Adapters.LiquidLogic;

// The JSON the LCS integration endpoint returns (README.md): names follow the LCS reporting warehouse.
internal sealed class LcsPerson
{
    [JsonProperty("DIM_PERSON_ID", Required = Required.Always)]
    public string PersonId { get; set; } = "";

    [JsonProperty("FORENAME")]
    public string? Forename { get; set; }

    [JsonProperty("SURNAME")]
    public string? Surname { get; set; }

    [JsonProperty("BIRTH_DTTM")]
    public string? Birth { get; set; }

    [JsonProperty("GENDER_MAIN_CODE")]
    public string? Gender { get; set; }

    [JsonProperty("NHS_NUMBER")]
    public string? NhsNumber { get; set; }

    [JsonProperty("UPN")]
    public string? Upn { get; set; }

    [JsonProperty("PERSON_KEY")]
    public string? PersonKey { get; set; }

    [JsonProperty("RESTRICTED_FLAG")]
    public string? Restricted { get; set; }

    [JsonProperty("ADDRESS_LINE1")]
    public string? AddressLine1 { get; set; }

    [JsonProperty("ADDRESS_LINE2")]
    public string? AddressLine2 { get; set; }

    [JsonProperty("TOWN")]
    public string? Town { get; set; }

    [JsonProperty("POSTCODE")]
    public string? Postcode { get; set; }

    [JsonProperty("UPRN")]
    public string? Uprn { get; set; }

    public CmsPerson ToCmsPerson(CmsValueReader values) => new(
        PersonId,
        Forename,
        Surname,
        values.ReadDate(Birth, "person BIRTH_DTTM"),
        Gender?.Trim().ToUpperInvariant() switch
        {
            "F" => Plugin.Abstractions.Gender.Female,
            "M" => Plugin.Abstractions.Gender.Male,
            "O" or "I" => Plugin.Abstractions.Gender.Other,
            _ => Plugin.Abstractions.Gender.Unknown,
        },
        AddressLine1 is null && Postcode is null ? null : new CmsAddress(AddressLine1, AddressLine2, Town, Postcode, Uprn),
        NhsNumber,
        Upn,
        PersonKey,
        values.ReadRestricted(Restricted));
}

/// <summary>One page of an LCS list: offset/limit paging, <c>hasMore</c> says whether another page follows.</summary>
internal sealed class LcsPage<T>
{
    [JsonProperty("items", Required = Required.Always)]
    public List<T> Items { get; set; } = [];

    [JsonProperty("persons")]
    public List<LcsPerson> Persons { get; set; } = [];

    [JsonProperty("offset")]
    public int Offset { get; set; }

    [JsonProperty("hasMore")]
    public bool HasMore { get; set; }

    public string? NextOffset() => HasMore ? (Offset + Items.Count).ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
}

internal sealed class LcsPersonRelation
{
    [JsonProperty("DIM_PERSON_ID", Required = Required.Always)]
    public string PersonId { get; set; } = "";

    [JsonProperty("DIM_RELATED_PERSON_ID", Required = Required.Always)]
    public string RelatedPersonId { get; set; } = "";

    [JsonProperty("DIM_LOOKUP_RELTN_TYPE_CODE", Required = Required.Always)]
    public string Code { get; set; } = "";

    [JsonProperty("DIM_LOOKUP_RELTN_TYPE_DESC")]
    public string? Description { get; set; }

    [JsonProperty("START_DTTM")]
    public string? Start { get; set; }

    [JsonProperty("END_DTTM")]
    public string? End { get; set; }

    [JsonProperty("PARENTAL_RESPONSIBILITY_FLAG")]
    public string? ParentalResponsibility { get; set; }

    public CmsLink ToLink(CmsValueReader values) => new(
        PersonId,
        RelatedPersonId,
        Code,
        Description,
        values.ReadDate(Start, "relation START_DTTM"),
        values.ReadDate(End, "relation END_DTTM"),
        CmsJson.ToFlag(ParentalResponsibility));
}

internal sealed class LcsWorker
{
    [JsonProperty("DIM_WORKER_ID", Required = Required.Always)]
    public string WorkerId { get; set; } = "";

    [JsonProperty("RESTRICTED_ACCESS_FLAG")]
    public string? RestrictedAccess { get; set; }
}

internal sealed class LcsInvolvement
{
    [JsonProperty("DIM_WORKER_ID")]
    public string? WorkerId { get; set; }

    [JsonProperty("START_DTTM")]
    public string? Start { get; set; }

    [JsonProperty("END_DTTM")]
    public string? End { get; set; }
}
