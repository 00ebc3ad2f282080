using System.Text.Json;
using System.Text.Json.Nodes;

namespace FamilyContext.Plugin.Panel;

/// <summary>
/// A record field's value as words, whatever JSON the source sent: never raw JSON such as <c>[]</c> or <c>true</c>.
/// </summary>
internal static class FieldText
{
    /// <summary>
    /// Yes or No from a boolean, a yes/no word, or the original API's list of <c>{ "recordsFound": … }</c> (an empty
    /// list is No). Null when the value says neither, so the field reads "Not recorded".
    /// </summary>
    public static string? YesNo(JsonNode? value) => value switch
    {
        JsonArray items => items.Count == 0 ? "No" : items.Select(i => YesNo(i is JsonObject o ? o["recordsFound"] : i)).ToList() switch
        {
            var all when all.Contains("Yes") => "Yes",
            var all when all.All(a => a == "No") => "No",
            _ => null,
        },
        JsonValue v when v.GetValueKind() is JsonValueKind.True => "Yes",
        JsonValue v when v.GetValueKind() is JsonValueKind.False => "No",
        JsonValue v when v.TryGetValue<string>(out var s) => s.Trim().ToUpperInvariant() switch
        {
            "YES" or "Y" or "TRUE" => "Yes",
            "NO" or "N" or "FALSE" => "No",
            _ => null,
        },
        _ => null,
    };

    /// <summary>Text from a string or number as given, a boolean as Yes or No, a list as its items separated by commas.</summary>
    public static string? Text(JsonNode? value) => value switch
    {
        null => null,
        JsonArray items => items.Count == 0 ? "None" : string.Join(", ", items.Select(Text).Where(t => !string.IsNullOrEmpty(t))),
        JsonObject fields => string.Join(", ", fields.Select(f => Text(f.Value)).Where(t => !string.IsNullOrEmpty(t))),
        JsonValue v when v.GetValueKind() is JsonValueKind.True or JsonValueKind.False => YesNo(v),
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        _ => value.ToJsonString(),
    };
}
