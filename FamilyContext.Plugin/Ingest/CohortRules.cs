using System.Globalization;
using FamilyContext.Plugin.Store;

namespace FamilyContext.Plugin.Ingest;

/// <summary>
/// A service's cohort rules made ready for every row: each condition becomes a test of a record, with relative
/// dates fixed against the extract's current-as-of date (not today), so the same extract always gives the same cohort.
/// </summary>
internal sealed class CohortRules
{
    private readonly (string Name, Func<ServiceRecord, bool>[] AnyOf)[] _rules;

    private CohortRules((string, Func<ServiceRecord, bool>[])[] rules) => _rules = rules;

    public static CohortRules None { get; } = new([]);

    /// <summary>The rules' names, in order, for the report.</summary>
    public IEnumerable<string> Names => _rules.Select(r => r.Name);

    /// <exception cref="IngestConfigurationException">A rule names an unknown field or operator, or a value that cannot be read.</exception>
    public static CohortRules Compile(string serviceId, IReadOnlyList<CohortRule> rules, DateOnly asOf)
    {
        var errors = new List<string>();
        var compiled = rules.Select((rule, i) =>
        {
            var name = rule.Name.Trim().Length > 0 ? rule.Name.Trim() : string.Create(CultureInfo.InvariantCulture, $"Cohort rule {i + 1}");
            if (rule.AnyOf.Count == 0)
            {
                errors.Add($"{name}: AnyOf lists no conditions.");
            }

            return (name, rule.AnyOf.Select(c => Condition(c, asOf, e => errors.Add($"{name}: {e}"))).ToArray());
        }).ToArray();
        return errors.Count == 0 ? new CohortRules(compiled) : throw new IngestConfigurationException(
            $"The cohort rules of {serviceId} ({IngestOptions.SectionName}:Services:{serviceId}:Cohort) cannot be used:{Environment.NewLine}- {string.Join(Environment.NewLine + "- ", errors)}");
    }

    /// <summary>The name of the first rule the record does not meet, or null when it is in the cohort.</summary>
    public string? LeftOutBy(ServiceRecord record)
    {
        foreach (var (name, anyOf) in _rules)
        {
            if (!anyOf.Any(test => test(record)))
            {
                return name;
            }
        }

        return null;
    }

    private static Func<ServiceRecord, bool> Condition(CohortCondition c, DateOnly asOf, Action<string> error)
    {
        Func<ServiceRecord, string?>? read = Reader(c.Field.Trim());
        if (read is null)
        {
            error($"the field \"{c.Field}\" is not one of involvement, startDate, endDate, person.{{field}} or fields.{{key}}.");
            return _ => false;
        }

        var values = (c.Value ?? "").Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        bool Is(ServiceRecord r) => read(r) is { } v && values.Contains(v, StringComparer.OrdinalIgnoreCase);
        switch (c.Operator.Trim().ToUpperInvariant())
        {
            case "IS" or "IN": return Is;
            case "ISNOT" or "NOTIN": return r => !Is(r);
            case "PRESENT": return r => read(r) is not null;
            case "EMPTY": return r => read(r) is null;
        }

        if (Date(c.Value, asOf, c.Operator.Trim().Equals("withinLast", StringComparison.OrdinalIgnoreCase)) is not { } limit)
        {
            error($"\"{c.Operator}\" needs a date (yyyy-mm-dd), a year or a time such as \"12 months\"; \"{c.Value}\" is none of these, or the operator is unknown.");
            return _ => false;
        }

        DateOnly? Day(ServiceRecord r) => DateOnly.TryParseExact(read(r), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
        return c.Operator.Trim().ToUpperInvariant() switch
        {
            "ONORAFTER" or "WITHINLAST" => r => Day(r) >= limit,
            "BEFORE" => r => Day(r) < limit,
            _ => Unknown(),
        };

        Func<ServiceRecord, bool> Unknown()
        {
            error($"the operator \"{c.Operator}\" is not one of is, isNot, in, notIn, present, empty, onOrAfter, before, withinLast.");
            return _ => false;
        }
    }

    private static Func<ServiceRecord, string?>? Reader(string field) => field switch
    {
        "involvement" => r => r.Involvement.ToString(),
        "startDate" => r => DateText.From(r.StartDate),
        "endDate" => r => DateText.From(r.EndDate),
        "person.dateOfBirth" => r => DateText.From(r.Person.DateOfBirth),
        "person.postcode" => r => r.Person.Postcode,
        "person.gender" => r => r.Person.Gender.ToString(),
        _ when field.StartsWith("fields.", StringComparison.Ordinal) && field.Length > 7 =>
            r => r.Details[field[7..]] is { } node && node.GetValueKind() == System.Text.Json.JsonValueKind.String ? node.GetValue<string>() : null,
        _ => null,
    };

    /// <summary>A date, a year (its first day), or a time before the current-as-of date ("12 months", "6 weeks", "2 years").</summary>
    private static DateOnly? Date(string? value, DateOnly asOf, bool relativeOnly)
    {
        var text = (value ?? "").Trim();
        if (!relativeOnly && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        if (!relativeOnly && text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= 1900)
        {
            return new DateOnly(year, 1, 1);
        }

        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return null;
        }

        return parts[1].TrimEnd('s').ToUpperInvariant() switch
        {
            "DAY" => asOf.AddDays(-n),
            "WEEK" => asOf.AddDays(-7 * n),
            "MONTH" => asOf.AddMonths(-n),
            "YEAR" => asOf.AddYears(-n),
            _ => null,
        };
    }
}
