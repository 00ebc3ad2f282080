using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FamilyContext.Plugin.Abstractions;
using FamilyContext.Plugin.Store;

namespace FamilyContext.Plugin.OriginalApi;

/// <summary>Reads the original API's documents into the common data model.</summary>
internal static partial class RemoteRecords
{
    private static readonly HashSet<string> CommonKeys = new(StringComparer.Ordinal)
    {
        "serviceInvolvement", "contact", "startDate", "endDate", "matchConfidence", "matchEvidence", "contentWithheld", "confirmedBy", "confirmedOn",
    };

    public static RecordPerson Person(PersonDocument p) => new(
        p.FirstName,
        p.LastName,
        Date(p.DateOfBirth),
        p.Gender?.ToUpperInvariant() switch { "FEMALE" => Gender.Female, "MALE" => Gender.Male, "OTHER" => Gender.Other, _ => Gender.Unknown },
        p.Address,
        p.Address is { } address && Postcode().Match(address.ToUpperInvariant()) is { Success: true } m ? m.Value : null,
        null, null, null, null);

    public static ServiceRecord Record(string serviceId, PersonDocument person, JsonObject? data)
    {
        data ??= [];
        var contact = data["contact"] as JsonObject;
        var practitioner = contact is null ? null
            : new Practitioner(Text(contact, "name"), Text(contact, "role"), Text(contact, "organisation"), Text(contact, "phone"), Text(contact, "email"));
        var involvement = Text(data, "serviceInvolvement")?.ToUpperInvariant() == "HISTORIC" ? Involvement.Historic : Involvement.Current;
        var details = new JsonObject();
        foreach (var (key, value) in data.Where(kv => !CommonKeys.Contains(kv.Key)))
        {
            details[key] = value?.DeepClone();
        }

        return new ServiceRecord(serviceId, $"remote:{person.Id}", Person(person), involvement,
            Date(Text(data, "startDate")), Date(Text(data, "endDate")), practitioner, details);
    }

    /// <summary>Whether the remote holds the record only as a possible match and withholds its content (a Family Context service does).</summary>
    public static bool IsWithheld(JsonObject? data) =>
        data is not null && (string.Equals(Text(data, "matchConfidence"), "possible", StringComparison.OrdinalIgnoreCase) || data["contentWithheld"] is not null);

    /// <summary>A record the remote withholds: who to contact and nothing it says (no involvement, dates or fields).</summary>
    public static ServiceRecord Withheld(string serviceId, PersonDocument person, JsonObject? data) =>
        Record(serviceId, person, data) is var r && r.Practitioner is { } p
            ? r with { Involvement = Involvement.None, StartDate = null, EndDate = null, Practitioner = p with { Role = null }, Details = [] }
            : r with { Involvement = Involvement.None, StartDate = null, EndDate = null, Details = [] };

    /// <summary>The remote's description of a service; <paramref name="currentAsOf"/> is its lastSynchronised, never invented.</summary>
    public static SourceMetadata Metadata(string serviceId, ServiceSummaryDocument summary, DateTimeOffset currentAsOf, DateTimeOffset now, string defaultCoverage) => new(
        serviceId,
        currentAsOf,
        Date(summary.CoverageStartDate),
        Date(summary.CoverageEndDate),
        "",
        summary.CoverageExplanation ?? defaultCoverage,
        now,
        0);

    private static string? Text(JsonObject node, string key) => node[key] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    private static DateOnly? Date(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    [GeneratedRegex("[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}")]
    private static partial Regex Postcode();
}
