using System.Text.Json.Nodes;
using FamilyContext.Plugin.Abstractions;

namespace FamilyContext.Plugin.Store;

/// <summary>A <see cref="ServiceRecord"/> flattened into the store's columns, in both directions.</summary>
internal sealed class RecordRow
{
    public string service_id { get; set; } = "";
    public string record_id { get; set; } = "";
    public string? first_name { get; set; }
    public string? family_name { get; set; }
    public string? dob { get; set; }
    public long gender { get; set; }
    public string? address_line { get; set; }
    public string? postcode { get; set; }
    public string? uprn { get; set; }
    public string? nhs_number { get; set; }
    public string? upn { get; set; }
    public string? person_key { get; set; }
    public string? first_key { get; set; }
    public string? family_key { get; set; }
    public long? birth_year { get; set; }
    public string? postcode_key { get; set; }
    public long involvement { get; set; }
    public string? start_date { get; set; }
    public string? end_date { get; set; }
    public string? practitioner_name { get; set; }
    public string? practitioner_role { get; set; }
    public string? practitioner_org { get; set; }
    public string? practitioner_phone { get; set; }
    public string? practitioner_email { get; set; }
    public string details { get; set; } = "{}";

    /// <summary>The columns in <see cref="StoreSql.Columns"/> order, matching <see cref="Values"/>.</summary>
    public static readonly string[] ColumnNames = StoreSql.Columns.Split(", ");

    /// <summary>This row's values in <see cref="ColumnNames"/> order, for bulk writers.</summary>
    public object?[] Values() =>
    [
        service_id, record_id, first_name, family_name, dob, gender, address_line, postcode, uprn, nhs_number, upn, person_key,
        first_key, family_key, birth_year, postcode_key, involvement, start_date, end_date, practitioner_name, practitioner_role,
        practitioner_org, practitioner_phone, practitioner_email, details,
    ];

    public static RecordRow From(ServiceRecord record)
    {
        var p = record.Person;
        return new RecordRow
        {
            service_id = record.ServiceId,
            record_id = record.RecordId,
            first_name = p.FirstName,
            family_name = p.FamilyName,
            dob = DateText.From(p.DateOfBirth),
            gender = (long)p.Gender,
            address_line = p.AddressLine,
            postcode = p.Postcode,
            uprn = p.Uprn,
            nhs_number = NameKeys.NhsNumber(p.NhsNumber),
            upn = NameKeys.Alphanumeric(p.Upn),
            person_key = NameKeys.Alphanumeric(p.PersonKey),
            first_key = NameKeys.Name(p.FirstName),
            family_key = NameKeys.Name(p.FamilyName),
            birth_year = p.DateOfBirth?.Year,
            postcode_key = NameKeys.Postcode(p.Postcode),
            involvement = (long)record.Involvement,
            start_date = DateText.From(record.StartDate),
            end_date = DateText.From(record.EndDate),
            practitioner_name = record.Practitioner?.Name,
            practitioner_role = record.Practitioner?.Role,
            practitioner_org = record.Practitioner?.Organisation,
            practitioner_phone = record.Practitioner?.Phone,
            practitioner_email = record.Practitioner?.Email,
            details = record.Details.ToJsonString(),
        };
    }

    public ServiceRecord ToRecord()
    {
        var practitioner = practitioner_name is null && practitioner_role is null && practitioner_org is null
            && practitioner_phone is null && practitioner_email is null
            ? null
            : new Practitioner(practitioner_name, practitioner_role, practitioner_org, practitioner_phone, practitioner_email);
        return new ServiceRecord(
            service_id,
            record_id,
            new RecordPerson(first_name, family_name, DateText.ToDate(dob), (Gender)gender, address_line, postcode, uprn, nhs_number, upn, person_key),
            (Involvement)involvement,
            DateText.ToDate(start_date),
            DateText.ToDate(end_date),
            practitioner,
            JsonNode.Parse(details) as JsonObject ?? []);
    }
}
