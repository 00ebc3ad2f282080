using System.Globalization;
using System.Text.RegularExpressions;
using FamilyContext.Plugin.Store;

namespace FamilyContext.Plugin.Ingest;

/// <summary>Whether a value is well formed. Each check says nothing about the value itself, so its reason can go in a report.</summary>
internal static partial class FieldChecks
{
    public static readonly DateOnly Earliest = new(1900, 1, 1);

    /// <summary>A UK number: 10 or 11 digits starting 0, or +44 followed by 9 or 10 digits; spaces, brackets and dashes allowed.</summary>
    public static bool IsUkPhone(string value)
    {
        var digits = NameKeys.Digits(value) ?? "";
        if (value.TrimStart().StartsWith("+44", StringComparison.Ordinal))
        {
            digits = "0" + digits[2..].TrimStart('0');
        }

        return digits.Length is 10 or 11 && digits[0] == '0' && !value.Any(c => char.IsLetter(c));
    }

    public static bool IsEmail(string value) => EmailPattern().IsMatch(value.Trim());

    public static bool IsPostcode(string value) => PostcodePattern().IsMatch(value.Trim().ToUpperInvariant());

    /// <summary>A unique pupil number: a letter then 12 digits, or (a temporary UPN) a letter, 11 digits and a letter.</summary>
    public static bool IsUpn(string value) => UpnPattern().IsMatch(value.Trim().ToUpperInvariant());

    public static bool IsNhsNumber(string value) => NameKeys.NhsNumber(value) is not null;

    /// <summary>Parses a date in any accepted format; null when none fits.</summary>
    public static DateOnly? Date(string value, IReadOnlyList<string> formats)
    {
        var text = value.Trim();
        foreach (var format in formats)
        {
            if (DateOnly.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            // Extracts from spreadsheets and databases often add a midnight time to a date.
            if (DateTime.TryParseExact(text, [format + " HH:mm:ss", format + " HH:mm", format + "'T'HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var stamped))
            {
                return DateOnly.FromDateTime(stamped);
            }
        }

        return null;
    }

    [GeneratedRegex(@"^[^@\s,;<>]+@[^@\s,;<>]+\.[A-Za-z]{2,}$", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex PostcodePattern();

    [GeneratedRegex(@"^[A-Z][0-9]{11}[0-9A-Z]$", RegexOptions.CultureInvariant)]
    private static partial Regex UpnPattern();
}
