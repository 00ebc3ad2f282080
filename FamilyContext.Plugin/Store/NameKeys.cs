namespace FamilyContext.Plugin.Store;

/// <summary>Normalised forms used for indexing and matching: upper case, letters or digits only.</summary>
public static class NameKeys
{
    public static string? Name(string? value) => Keep(value, char.IsLetter);

    public static string? Digits(string? value) => Keep(value, char.IsAsciiDigit);

    public static string? Alphanumeric(string? value) => Keep(value, char.IsAsciiLetterOrDigit);

    public static string? Postcode(string? value) => Keep(value, char.IsAsciiLetterOrDigit);

    /// <summary>The outward code of a UK postcode ("SK4" of "SK4 2AB"): all but the last three characters.</summary>
    public static string? OutwardCode(string? postcodeKey) =>
        postcodeKey is { Length: > 4 } p ? p[..^3] : null;

    private static string? Keep(string? value, Func<char, bool> keep)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var kept = new string([.. value.Where(keep).Select(char.ToUpperInvariant)]);
        return kept.Length == 0 ? null : kept;
    }
}
