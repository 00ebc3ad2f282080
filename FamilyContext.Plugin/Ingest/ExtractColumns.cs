using System.Globalization;
using FamilyContext.Plugin.Services;

namespace FamilyContext.Plugin.Ingest;

/// <summary>The mapping resolved against one file's header row: for each model field, the index of the column holding it.</summary>
internal sealed class ExtractColumns
{
    public static readonly string[] PersonFields = ["firstName", "familyName", "dateOfBirth", "gender", "addressLine", "postcode", "uprn", "nhsNumber", "upn", "personKey"];
    public static readonly string[] PractitionerFields = ["name", "role", "organisation", "phone", "email"];

    private static readonly char[] Delimiters = [';', '|', '\t', ','];

    private readonly Dictionary<string, int> _index;

    private ExtractColumns(Dictionary<string, int> index) => _index = index;

    /// <summary>The column index of a model field ("person.firstName", "fields.housingAssociation", "tables.safeGuardingOffences.0.dateOfOffence"), or -1.</summary>
    public int this[string field] => _index.GetValueOrDefault(field, -1);

    /// <summary>Every model field the mapping names, with the column it names.</summary>
    public static IEnumerable<(string Field, string Column)> Named(IngestMapping m)
    {
        if (m.RecordId is { } id) yield return ("recordId", id);
        foreach (var (k, v) in m.Person) yield return ("person." + k, v);
        if (m.Involvement is { } inv) yield return ("involvement", inv);
        if (m.StartDate is { } s) yield return ("startDate", s);
        if (m.EndDate is { } e) yield return ("endDate", e);
        foreach (var (k, v) in m.Practitioner) yield return ("practitioner." + k, v);
        foreach (var (k, v) in m.Fields) yield return ("fields." + k, v);
        foreach (var (table, items) in m.Tables)
        {
            for (var i = 0; i < items.Count; i++)
            {
                foreach (var (column, header) in items[i])
                {
                    yield return (string.Create(CultureInfo.InvariantCulture, $"tables.{table}.{i}.{column}"), header);
                }
            }
        }
    }

    /// <summary>Checks the mapping against the service's configuration: a mistake here is the analyst's to fix, not the file's.</summary>
    public static IEnumerable<string> MappingErrors(IngestMapping m, ServiceDefinition service)
    {
        foreach (var key in m.Person.Keys.Where(k => !PersonFields.Contains(k, StringComparer.Ordinal)))
        {
            yield return $"person.{key} is not a field of the common data model (use {string.Join(", ", PersonFields)}).";
        }

        foreach (var key in m.Practitioner.Keys.Where(k => !PractitionerFields.Contains(k, StringComparer.Ordinal)))
        {
            yield return $"practitioner.{key} is not a practitioner field (use {string.Join(", ", PractitionerFields)}).";
        }

        var configured = service.Fields.ToDictionary(f => f.Key, StringComparer.Ordinal);
        foreach (var key in m.Fields.Keys.Concat(m.Tables.Keys).Where(k => !configured.ContainsKey(k)))
        {
            yield return $"fields.{key} is not one of {service.Name}'s configured fields ({string.Join(", ", configured.Keys)}).";
        }

        foreach (var key in m.Tables.Keys.Where(k => configured.TryGetValue(k, out var f) && f.Kind != FieldKind.Table))
        {
            yield return $"tables.{key} is not a table field: map it under fields.";
        }

        if (!m.Person.ContainsKey("dateOfBirth") || !(m.Person.ContainsKey("firstName") || m.Person.ContainsKey("familyName")))
        {
            yield return "person must map dateOfBirth and at least one of firstName and familyName: every row is checked for a name and a date of birth.";
        }

        if (m.Layout is { } layout)
        {
            if (layout.PersonFile.Length == 0 || layout.PersonId.Length == 0 || layout.Key.Length == 0)
            {
                yield return "layout must name personFile, personId (its column holding the person id) and key (the service file's column naming the person).";
            }

            foreach (var (key, rows) in layout.Rows)
            {
                if (!configured.TryGetValue(key, out var f) || f.Kind != FieldKind.Table)
                {
                    yield return $"layout.rows.{key} is not one of {service.Name}'s table fields.";
                }
                else if (rows.File.Length == 0 || rows.Key.Length == 0 || rows.Columns.Count == 0)
                {
                    yield return $"layout.rows.{key} must name its file, its key column and its columns.";
                }
            }
        }

        if (m.Involvement is null)
        {
            yield return "involvement must name the column saying whether the involvement is current or historic.";
        }
    }

    /// <summary>Matches the mapping's columns to the header; returns what is missing or ambiguous, in words for the report.</summary>
    public static ExtractColumns Resolve(IngestMapping mapping, IReadOnlyList<string> header, List<string> reasons)
    {
        var positions = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < header.Count; i++)
        {
            var key = HeaderKey.Of(header[i]);
            if (!positions.TryGetValue(key, out var list))
            {
                positions[key] = list = [];
            }

            list.Add(i);
        }

        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var missing = 0;
        var named = Named(mapping).ToList();
        foreach (var (field, column) in named)
        {
            if (!positions.TryGetValue(HeaderKey.Of(column), out var at))
            {
                missing++;
                reasons.Add($"The column \"{ReportText.Defuse(column)}\" (for {field}) is missing from the header row.");
            }
            else if (at.Count > 1)
            {
                reasons.Add($"The column \"{ReportText.Defuse(column)}\" (for {field}) appears {at.Count} times in the header row " +
                    $"(columns {string.Join(" and ", at.Select(a => a + 1))}): the file must name each column once.");
            }
            else
            {
                index[field] = at[0];
            }
        }

        if (missing > 0 && header.Count == 1 && Delimiters.FirstOrDefault(d => header[0].Contains(d, StringComparison.Ordinal)) is var d and not '\0')
        {
            reasons.Add($"The header row has only one column but contains \"{(d == '\t' ? "tab" : d.ToString())}\": the file may use another delimiter than the mapping's \"{(mapping.Delimiter == "\t" ? "tab" : mapping.Delimiter)}\".");
        }
        else if (missing > 0 && missing * 2 >= named.Count)
        {
            reasons.Add($"Most of the columns the {mapping.Service} mapping expects are missing: check this is the {mapping.Service} extract.");
        }

        return new ExtractColumns(index);
    }
}
