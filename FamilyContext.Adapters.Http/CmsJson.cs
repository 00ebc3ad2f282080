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

    /// <summary>Reads a CMS date or date-time ("2021-03-04" or "2021-03-04T00:00:00") as a day.</summary>
    public static DateOnly? ToDate(string? value, string what)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (DateTime.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.RoundtripKind, out var parsed))
        {
            return DateOnly.FromDateTime(parsed);
        }

        throw new CmsUnavailableException($"The CMS {what} answered with a date that could not be read.");
    }

    /// <summary>
    /// Reads a person's restricted flag, failing safe: only an explicit "N", "No", "false", "0" or no value at all
    /// means unrestricted. Any value the adapter does not recognise ("R", "RESTRICTED", "T"…) counts as restricted,
    /// so a CMS's unexpected wording never opens a restricted record.
    /// </summary>
    public static bool ToRestrictedFlag(string? value) =>
        !(string.IsNullOrWhiteSpace(value)
            || value.Equals("N", StringComparison.OrdinalIgnoreCase)
            || value.Equals("No", StringComparison.OrdinalIgnoreCase)
            || value.Equals("false", StringComparison.OrdinalIgnoreCase)
            || value == "0");

    /// <summary>Reads a CMS flag: "Y", "Yes", "true" or "1" are true; anything else false.</summary>
    public static bool ToFlag(string? value) =>
        value is not null && (value.Equals("Y", StringComparison.OrdinalIgnoreCase)
            || value.Equals("Yes", StringComparison.OrdinalIgnoreCase)
            || value.Equals("true", StringComparison.OrdinalIgnoreCase)
            || value == "1");
}
