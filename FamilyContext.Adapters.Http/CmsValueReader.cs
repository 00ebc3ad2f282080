using System.Globalization;
using FamilyContext.Plugin.Abstractions;

namespace FamilyContext.Adapters.Http;

/// <summary>
/// Reads the values a CMS sends the way its <see cref="CmsApiDescription"/> declares, and never guesses: a date in
/// no declared format (or one two formats read differently) and an undeclared restricted-flag value are handled as
/// stated on each method. Error messages name the field, never the value: the value may be personal data.
/// </summary>
public sealed class CmsValueReader
{
    private readonly string[] _dateFormats;
    private readonly HashSet<string> _notRestricted;
    private readonly RestrictedFlagMeaning _blank;
    private readonly RestrictedFlagMeaning _missing;

    public CmsValueReader(CmsApiDescription description)
    {
        _dateFormats = [.. description.DateFormats];
        _notRestricted = new(description.NotRestrictedValues.Select(v => v.Trim()), StringComparer.OrdinalIgnoreCase);
        _blank = description.BlankRestrictedFlag;
        _missing = description.MissingRestrictedFlag;
    }

    /// <summary>
    /// Reads a day written in one of the declared formats; null when the field is absent or empty. A value in no
    /// declared format, or read as different days by two declared formats, is a <see cref="CmsUnavailableException"/>.
    /// </summary>
    public DateOnly? ReadDate(string? value, string what)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var readings = _dateFormats
            .Select(format => TryReadExact(value.Trim(), format))
            .OfType<DateOnly>()
            .Distinct()
            .ToList();
        return readings.Count switch
        {
            1 => readings[0],
            0 => throw new CmsUnavailableException(
                $"The CMS {what} is not in a date format this adapter declares ({string.Join(", ", _dateFormats)}). Set DateFormats to the formats the CMS uses."),
            _ => throw new CmsUnavailableException(
                $"The CMS {what} reads as different dates in the declared formats ({string.Join(", ", _dateFormats)}); it is not guessed."),
        };
    }

    /// <summary>
    /// Reads a restricted flag: a declared restricted or not-restricted value as declared; empty and absent as the
    /// description says; any other value as restricted, so a CMS's unexpected wording never opens a record.
    /// </summary>
    public bool ReadRestricted(string? value)
    {
        if (value is null)
        {
            return _missing == RestrictedFlagMeaning.Restricted;
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            return _blank == RestrictedFlagMeaning.Restricted;
        }

        return !_notRestricted.Contains(value.Trim());
    }

    /// <summary>Lists what is wrong with a description, each naming the setting under <paramref name="section"/>.</summary>
    public static IReadOnlyList<string> Check(CmsApiDescription description, string section)
    {
        var errors = new List<string>();
        foreach (var (name, template, needsId) in new[]
        {
            (nameof(CmsApiDescription.PersonRoute), description.PersonRoute, true),
            (nameof(CmsApiDescription.RelationshipsRoute), description.RelationshipsRoute, true),
            (nameof(CmsApiDescription.WorkerRoute), description.WorkerRoute, true),
            (nameof(CmsApiDescription.HealthRoute), description.HealthRoute, false),
        })
        {
            if (string.IsNullOrWhiteSpace(template) || template.StartsWith('/') || template.Contains("://", StringComparison.Ordinal))
            {
                errors.Add($"{section}:{name} must be a path relative to BaseUrl, e.g. 'persons/{{id}}' (was '{template}').");
            }
            else if (needsId && !template.Contains("{id}", StringComparison.Ordinal))
            {
                errors.Add($"{section}:{name} must hold '{{id}}' where the CMS id goes (was '{template}').");
            }
        }

        CheckDateFormats(errors, section, description.DateFormats);
        if (description.RestrictedValues.Count == 0 || description.NotRestrictedValues.Count == 0
            || description.RestrictedValues.Concat(description.NotRestrictedValues).Any(string.IsNullOrWhiteSpace))
        {
            errors.Add($"{section}:RestrictedValues and {section}:NotRestrictedValues must each list at least one value and no blank one (declare blank with BlankRestrictedFlag).");
        }
        else if (description.RestrictedValues.Intersect(description.NotRestrictedValues, StringComparer.OrdinalIgnoreCase).ToList() is { Count: > 0 } both)
        {
            errors.Add($"{section}:RestrictedValues and {section}:NotRestrictedValues both list '{string.Join("', '", both)}'.");
        }

        return errors;
    }

    private static void CheckDateFormats(List<string> errors, string section, IReadOnlyList<string> formats)
    {
        if (formats.Count == 0)
        {
            errors.Add($"{section}:DateFormats must list at least one format, e.g. 'yyyy-MM-dd'.");
            return;
        }

        // Day, month and two-digit year all differ and all could be a month: a format must read back what it wrote, and no other format may read it differently.
        var sample = new DateOnly(2001, 2, 3);
        foreach (var format in formats)
        {
            string written;
            try
            {
                written = sample.ToDateTime(TimeOnly.MinValue).ToString(format, CultureInfo.InvariantCulture);
            }
            catch (FormatException)
            {
                written = "";
            }

            if (TryReadExact(written, format) != sample)
            {
                errors.Add($"{section}:DateFormats holds '{format}', which does not read back a whole date (day, month and year).");
                continue;
            }

            foreach (var other in formats.Where(o => o != format && TryReadExact(written, o) is { } day && day != sample))
            {
                errors.Add($"{section}:DateFormats holds '{format}' and '{other}', which read the same text as different dates; keep one.");
            }
        }
    }

    private static DateOnly? TryReadExact(string value, string format) =>
        DateTimeOffset.TryParseExact(value, format, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
            ? DateOnly.FromDateTime(parsed.DateTime) // the day as written, never shifted by an offset
            : null;
}
