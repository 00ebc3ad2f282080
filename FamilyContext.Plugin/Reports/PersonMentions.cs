using System.Text.Json;
using FamilyContext.Plugin.Audit;

namespace FamilyContext.Plugin.Reports;

/// <summary>
/// Whether an audit record is about a person: as the child, as the person a detail or review was about, as someone a
/// panel showed, or among the people a search or the original API returned.
/// </summary>
internal static class PersonMentions
{
    public static bool Mentions(AuditRecord r, string personId)
    {
        if (r.ChildId == personId || r.PersonId == personId)
        {
            return true;
        }

        // Cheap test first: most records never name the person anywhere.
        if (string.IsNullOrEmpty(r.Detail) || !r.Detail.Contains(personId, StringComparison.Ordinal) || r.Detail[0] is not ('[' or '{'))
        {
            return false;
        }

        try
        {
            using var json = JsonDocument.Parse(r.Detail);
            var root = json.RootElement;
            if (root.ValueKind == JsonValueKind.Array)
            {
                return root.EnumerateArray().Any(p => p.ValueKind == JsonValueKind.Object && p.TryGetProperty("person", out var id) && id.ToString() == personId);
            }

            return root.ValueKind == JsonValueKind.Object && root.TryGetProperty("people", out var people) && people.ValueKind == JsonValueKind.Array
                && people.EnumerateArray().Any(p => p.ToString() == personId);
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
