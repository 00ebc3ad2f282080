using System.Text.Json;

namespace FamilyContext.Plugin.Reports;

/// <summary>The groups (teams) a launch record notes for its worker: <c>{"groups":["team-a",…]}</c>.</summary>
internal static class LaunchGroups
{
    public static string Write(IReadOnlyList<string> groups) => JsonSerializer.Serialize(new { groups });

    public static IReadOnlyList<string> Read(string? detail)
    {
        if (string.IsNullOrEmpty(detail) || detail[0] != '{')
        {
            return [];
        }

        try
        {
            using var json = JsonDocument.Parse(detail);
            return json.RootElement.TryGetProperty("groups", out var groups) && groups.ValueKind == JsonValueKind.Array
                ? [.. groups.EnumerateArray().Where(g => g.ValueKind == JsonValueKind.String).Select(g => g.GetString()!)]
                : [];
        }
        catch (JsonException)
        {
            return [];
        }
    }
}
