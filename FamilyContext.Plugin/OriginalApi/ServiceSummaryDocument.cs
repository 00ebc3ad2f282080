using System.Text.Json.Serialization;

namespace FamilyContext.Plugin.OriginalApi;

/// <summary>
/// The original API's <c>ServiceSummary</c>. <see cref="RecordsAvailable"/> is present only when the source was
/// checked (true for Current / Historic, false for No record): an unchecked or unavailable service must never read as
/// "no records". <see cref="State"/> and the fields after it are this service's additions, which clients may ignore.
/// </summary>
public sealed record ServiceSummaryDocument(
    string Id,
    string Title,
    DateTimeOffset? LastSynchronised,
    string? CoverageStartDate,
    string? CoverageEndDate,
    string DataSource,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? RecordsAvailable,
    string? CoverageExplanation,
    string State,
    string? Reason,
    string NoRecordMeans);
