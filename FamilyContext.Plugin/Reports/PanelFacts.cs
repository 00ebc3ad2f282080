using System.Text.Json;
using FamilyContext.Plugin.Lookup;

namespace FamilyContext.Plugin.Reports;

/// <summary>What one panel-shown record says, per service: someone known to it, a possible match, or the source unavailable.</summary>
internal sealed record PanelFacts(IReadOnlySet<string> Services, IReadOnlySet<string> Found, IReadOnlySet<string> Possible, IReadOnlySet<string> Unavailable)
{
    private static readonly PanelFacts Empty = new(new HashSet<string>(), new HashSet<string>(), new HashSet<string>(), new HashSet<string>());

    /// <summary>Reads the detail a panel-shown record holds (<c>[{"person":…,"flags":{"school":"Current",…}}, …]</c>); anything else reads as nothing.</summary>
    public static PanelFacts Read(string? detail)
    {
        if (string.IsNullOrEmpty(detail) || detail[0] != '[')
        {
            return Empty;
        }

        HashSet<string> services = new(StringComparer.Ordinal), found = new(StringComparer.Ordinal),
            possible = new(StringComparer.Ordinal), unavailable = new(StringComparer.Ordinal);
        try
        {
            using var json = JsonDocument.Parse(detail);
            foreach (var person in json.RootElement.EnumerateArray())
            {
                if (person.ValueKind != JsonValueKind.Object || !person.TryGetProperty("flags", out var flags) || flags.ValueKind != JsonValueKind.Object)
                {
                    continue;
                }

                foreach (var flag in flags.EnumerateObject())
                {
                    services.Add(flag.Name);
                    var target = (flag.Value.ValueKind == JsonValueKind.String ? flag.Value.GetString() : null) switch
                    {
                        nameof(FlagState.Current) or nameof(FlagState.Historic) => found,
                        nameof(FlagState.PossibleMatch) => possible,
                        nameof(FlagState.Unavailable) => unavailable,
                        _ => null,
                    };
                    target?.Add(flag.Name);
                }
            }
        }
        catch (JsonException)
        {
            return Empty;
        }

        return new(services, found, possible, unavailable);
    }
}
