using FamilyContext.Plugin.Abstractions;
using Newtonsoft.Json;

namespace FamilyContext.Adapters.Http;

/// <summary>Newtonsoft.Json parsing where anything unreadable means the CMS is unavailable, never an empty answer.</summary>
public static class CmsJson
{
    private static readonly JsonSerializerSettings Settings = new()
    {
        MissingMemberHandling = MissingMemberHandling.Ignore,
        DateParseHandling = DateParseHandling.None,
        MaxDepth = 32,
    };

    /// <summary>Parses <paramref name="content"/>; <paramref name="what"/> names the endpoint in the error.</summary>
    public static T Deserialize<T>(string? content, string what)
        where T : class
    {
        try
        {
            return JsonConvert.DeserializeObject<T>(content ?? string.Empty, Settings)
                ?? throw new CmsUnavailableException($"The CMS {what} answered with an empty body.");
        }
        catch (JsonException ex)
        {
            throw new CmsUnavailableException($"The CMS {what} answered with JSON that could not be read.", ex);
        }
    }

    /// <summary>Reads a CMS flag: "Y", "Yes", "true" or "1" are true; anything else false.</summary>
    public static bool ToFlag(string? value) =>
        value is not null && (value.Equals("Y", StringComparison.OrdinalIgnoreCase)
            || value.Equals("Yes", StringComparison.OrdinalIgnoreCase)
            || value.Equals("true", StringComparison.OrdinalIgnoreCase)
            || value == "1");
}
