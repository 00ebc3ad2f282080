using System.Text.Json.Nodes;

namespace FamilyContext.Plugin.Store;

/// <summary>
/// One record in a service's source, in the common data model. Service-specific fields (school name,
/// rent arrears, safeguarding offences…) are in <see cref="Details"/>, keyed as the service's field list says.
/// </summary>
public sealed record ServiceRecord(
    string ServiceId,
    string RecordId,
    RecordPerson Person,
    Involvement Involvement,
    DateOnly? StartDate,
    DateOnly? EndDate,
    Practitioner? Practitioner,
    JsonObject Details);
