using System.Text.Json;

namespace FamilyContext.Plugin.Audit;

/// <summary>
/// An audit record's detail for a person to read. The trail keeps it as written (JSON for what a panel showed); pages and
/// exports turn it into words, and a panel's flags into one list per service.
/// </summary>
internal static class DetailText
{
    /// <summary>The people a panel-shown record lists, and for each service "person state" pairs; empty for other records.</summary>
    public static (IReadOnlyList<string> People, IReadOnlyDictionary<string, string> FlagsByService) PanelFlags(AuditRecord r)
    {
        var people = new List<string>();
        var flags = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        if (r.Action != AuditActions.PanelShown || Parse(r.Detail) is not { RootElement.ValueKind: JsonValueKind.Array } json)
        {
            return (people, new Dictionary<string, string>());
        }

        using (json)
        {
            foreach (var person in json.RootElement.EnumerateArray())
            {
                var id = Text(person, "person") ?? "?";
                people.Add(person.TryGetProperty("restricted", out var restricted) && restricted.ValueKind == JsonValueKind.True ? $"{id} (restricted)" : id);
                if (person.TryGetProperty("flags", out var byService) && byService.ValueKind == JsonValueKind.Object)
                {
                    foreach (var service in byService.EnumerateObject())
                    {
                        if (!flags.TryGetValue(service.Name, out var list))
                        {
                            flags[service.Name] = list = [];
                        }

                        list.Add($"{id} {service.Value.GetString()}");
                    }
                }
            }
        }

        return (people, flags.ToDictionary(f => f.Key, f => string.Join("; ", f.Value), StringComparer.Ordinal));
    }

    /// <summary>The detail in words: "Person 101: school Current, police None. Person 102: restricted." Plain text stays as it is.</summary>
    public static string? Readable(AuditRecord r)
    {
        if (Parse(r.Detail) is not { } json)
        {
            return r.Detail;
        }

        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind == JsonValueKind.Array)
            {
                return string.Join(" ", root.EnumerateArray().Select(p =>
                    p.TryGetProperty("flags", out var f) && f.ValueKind == JsonValueKind.Object
                        ? $"Person {Text(p, "person")}: {string.Join(", ", f.EnumerateObject().Select(s => $"{s.Name} {s.Value.GetString()}"))}."
                        : $"Person {Text(p, "person")}: restricted."));
            }

            if (root.ValueKind != JsonValueKind.Object)
            {
                return r.Detail;
            }

            var parts = new List<string>();
            if (Text(root, "state") is { } state)
            {
                parts.Add($"Shown: {state}.");
            }

            if (root.TryGetProperty("records", out var records) && records.ValueKind == JsonValueKind.Array)
            {
                parts.Add(records.GetArrayLength() == 0 ? "No records." : $"Records {string.Join(", ", records.EnumerateArray().Select(e => e.ToString()))}.");
            }

            if (root.TryGetProperty("flags", out var flags) && flags.ValueKind == JsonValueKind.Object)
            {
                parts.Add($"Flags: {string.Join(", ", flags.EnumerateObject().Select(s => $"{s.Name} {s.Value}"))}.");
            }

            if (root.TryGetProperty("people", out var people) && people.ValueKind == JsonValueKind.Array)
            {
                parts.Add($"People {string.Join(", ", people.EnumerateArray().Select(e => e.ToString()))}{(root.TryGetProperty("total", out var t) && t.ValueKind == JsonValueKind.Number ? $" of {t} found" : "")}.");
            }

            return parts.Count > 0 ? string.Join(" ", parts) : r.Detail;
        }
    }

    private static JsonDocument? Parse(string? detail)
    {
        if (detail is null || detail.Length == 0 || detail[0] is not ('[' or '{'))
        {
            return null;
        }

        try
        {
            return JsonDocument.Parse(detail);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Text(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) ? v.ToString() : null;
}
