namespace FamilyContext.Plugin.Store;

/// <summary>Normalised forms used for indexing and matching: upper case, letters or digits only.</summary>
public static class NameKeys
{
    public static string? Name(string? value) => Keep(value, char.IsLetter);

    public static string? Digits(string? value) => Keep(value, char.IsAsciiDigit);

    /// <summary>
    /// An NHS number as ten digits, or null when it cannot be one: not ten digits, a failing modulus 11 check digit,
    /// or a placeholder of one repeated digit (0000000000, 9999999999 pass the check). A placeholder must never
    /// count as strong evidence that two records are one person, nor rule out the true record.
    /// </summary>
    public static string? NhsNumber(string? value)
    {
        if (Digits(value) is not { Length: 10 } digits || digits.All(c => c == digits[0]))
        {
            return null;
        }

        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            sum += (digits[i] - '0') * (10 - i);
        }

        var check = 11 - (sum % 11);
        check = check == 11 ? 0 : check;
        return check != 10 && check == digits[9] - '0' ? digits : null;
    }

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

        // Called several times for every row of an extract: one pass into a stack buffer, one string.
        Span<char> buffer = value.Length <= 256 ? stackalloc char[value.Length] : new char[value.Length];
        var length = 0;
        foreach (var c in value)
        {
            if (keep(c))
            {
                buffer[length++] = char.ToUpperInvariant(c);
            }
        }

        return length == 0 ? null : new string(buffer[..length]);
    }
}
