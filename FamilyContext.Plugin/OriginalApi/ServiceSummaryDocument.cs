using System.Text.Json.Serialization;

namespace FamilyContext.Plugin.OriginalApi;

/// <summary>
/// The original API's <c>ServiceSummary</c>. Every field is a string (or boolean) or absent, never null.
/// <see cref="RecordsAvailable"/> is present only when the source was checked (true for Current, Historic and a possible
/// match, false for No record): an unchecked or unavailable service must never read as "no records".
/// <see cref="State"/> and the fields after it are this service's documented extensions, which clients may ignore.
/// </summary>
public sealed record ServiceSummaryDocument(
    string Id,
    string Title,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateTimeOffset? LastSynchronised,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? CoverageStartDate,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? CoverageEndDate,
    string DataSource,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? RecordsAvailable,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? CoverageExplanation,
    string State,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Reason,
    string NoRecordMeans)
{
    /// <summary>Extension: <c>confirmed</c> or <c>possible</c> when records are available; a possible match's content is withheld.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? MatchConfidence { get; init; }
}
