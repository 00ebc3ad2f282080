using System.Globalization;
using System.Text.Json.Nodes;
using FamilyContext.Plugin.Abstractions;
using FamilyContext.Plugin.Services;
using FamilyContext.Plugin.Store;

namespace FamilyContext.Plugin.Ingest;

/// <summary>
/// Turns one row into a record of the common data model, checking every cell on the way. A row missing what a
/// match needs (a name, a plausible date of birth) or whose involvement cannot be read is left out; a malformed
/// contact or identifier only counts against that field's validity.
/// </summary>
internal sealed class RecordBuilder(IngestMapping mapping, ServiceDefinition service, ExtractColumns columns, IngestWindow window, CohortRules cohort, StaffDirectory staff, QualityTally tally)
{
    /// <summary>No real cell is this long; a longer one is a broken quote or a pasted document.</summary>
    public const int LongestCell = 10_000;

    private readonly ValueMaps _values = new(mapping);
    private readonly DuplicateCheck _duplicates = new();
    private readonly List<RowProblem> _rowProblems = [];

    public ServiceRecord? Build(IReadOnlyList<string> cells, long row, int headerWidth)
    {
        _rowProblems.Clear();
        tally.RowsRead++;
        if (cells.Count != headerWidth && cells.Any(c => c.Contains('\n', StringComparison.Ordinal)))
        {
            // A quote never closed swallows the rows after it into one cell: none of them can be trusted.
            throw new ExtractFormatException(string.Create(CultureInfo.InvariantCulture,
                $"Row {row} has a quoted cell running over several lines and {cells.Count} cells where the header row has {headerWidth}: probably a quote that is never closed. The rows after it could not be read."));
        }

        if (cells.Count != headerWidth)
        {
            Reject(row, "(whole row)", string.Create(CultureInfo.InvariantCulture,
                $"has {cells.Count} cells where the header row has {headerWidth}: check for an unclosed quote or a stray delimiter"));
            return Finish(null);
        }

        for (var i = 0; i < cells.Count; i++)
        {
            if (cells[i].Length > LongestCell)
            {
                Reject(row, string.Create(CultureInfo.InvariantCulture, $"column {i + 1}"), $"is longer than {LongestCell:N0} characters");
                return Finish(null);
            }
        }

        var first = Text(cells, "person.firstName");
        var family = Text(cells, "person.familyName");
        Tally("person.firstName", first, true);
        Tally("person.familyName", family, true);
        if (first is null && family is null)
        {
            Reject(row, "name", "has neither a first name nor a family name");
        }

        var dob = Date(cells, row, "person.dateOfBirth", required: true, plausibleFrom: FieldChecks.Earliest);
        var genderCell = Text(cells, "person.gender");
        var gender = genderCell is null ? Gender.Unknown : _values.Gender(genderCell);
        Tally("person.gender", genderCell, gender is not null, row, "is not a known gender (Female, Male, Other or Unknown; add a value map for local codes)");
        var postcode = Checked(cells, row, "person.postcode", FieldChecks.IsPostcode, "is not a well-formed UK postcode");
        var nhs = Checked(cells, row, "person.nhsNumber", FieldChecks.IsNhsNumber, "is not a valid NHS number (10 digits with a correct check digit)");
        var upn = Checked(cells, row, "person.upn", FieldChecks.IsUpn, "is not a well-formed UPN (a letter and 12 characters)");
        var address = Text(cells, "person.addressLine");
        Tally("person.addressLine", address, true);
        var uprn = Checked(cells, row, "person.uprn", v => v.Trim().All(char.IsAsciiDigit) && v.Trim().Length <= 12, "is not a UPRN (up to 12 digits)");
        var personKey = Text(cells, "person.personKey");
        Tally("person.personKey", personKey, true);

        var involvementCell = Text(cells, "involvement");
        var involvement = involvementCell is null ? null : _values.Involvement(involvementCell);
        Tally("involvement", involvementCell, involvement is not null);
        if (involvement is null)
        {
            Reject(row, "involvement", involvementCell is null ? "is empty" : "is not a known involvement (Current, Historic or None; add a value map for local codes)");
        }

        var start = Date(cells, row, "startDate", required: false, plausibleFrom: FieldChecks.Earliest);
        var end = Date(cells, row, "endDate", required: false, plausibleFrom: FieldChecks.Earliest);
        if (start is { } s && end is { } e && e < s)
        {
            Reject(row, "endDate", "is before the start date");
        }

        if (end is { } ended && window.CoverageStart is { } from && ended < from)
        {
            Reject(row, "endDate", "is before the source's coverage starts");
        }

        if (start is { } started && window.CoverageEnd is { } to && started > to)
        {
            Reject(row, "startDate", "is after the source's coverage ends");
        }

        var practitioner = new Practitioner(
            Tallied(cells, "practitioner.name"), Tallied(cells, "practitioner.role"), Tallied(cells, "practitioner.organisation"),
            Checked(cells, row, "practitioner.phone", FieldChecks.IsUkPhone, "is not a well-formed UK phone number"),
            Checked(cells, row, "practitioner.email", FieldChecks.IsEmail, "is not a well-formed email address"));
        practitioner = FromDirectory(practitioner);
        var details = Details(cells, row);

        var recordId = Text(cells, "recordId");
        if (mapping.RecordId is not null)
        {
            Tally("recordId", recordId, true);
            if (recordId is null)
            {
                Reject(row, "recordId", "is empty");
            }
        }

        if (_rowProblems.Any(p => p.RowRejected))
        {
            return Finish(null);
        }

        var id = recordId ?? string.Create(CultureInfo.InvariantCulture, $"row-{row}");
        if (_duplicates.SeenRecord(id, row) is { } firstRow)
        {
            Reject(row, "recordId", string.Create(CultureInfo.InvariantCulture, $"is the same as row {firstRow}'s: each record needs its own id"));
            return Finish(null);
        }

        var person = new RecordPerson(first, family, dob, gender ?? Gender.Unknown, address, postcode, uprn, nhs, upn, personKey);
        if (_duplicates.SeenPerson(person, row) is { } sameAs)
        {
            tally.PossibleDuplicatePeople++;
            Note(row, "person", string.Create(CultureInfo.InvariantCulture, $"looks like the same person as row {sameAs} (loaded; check whether the extract repeats people)"));
        }

        var empty = practitioner is { Name: null, Role: null, Organisation: null, Phone: null, Email: null };
        var record = new ServiceRecord(service.Id, id, person, involvement!.Value, start, end, empty ? null : practitioner, details);
        if (cohort.LeftOutBy(record) is { } rule)
        {
            // A good row outside the service's cohort: counted against its rule, not as invalid.
            tally.OutsideCohort(rule);
            return Finish(null, invalid: false);
        }

        tally.Loaded(record);
        return Finish(record);
    }

    /// <summary>A practitioner named in the extract but missing an email or phone gets them from the staff directory.</summary>
    private Practitioner FromDirectory(Practitioner p)
    {
        if (p.Name is null || (p.Email is not null && p.Phone is not null) || staff.Find(p.Name, p.Organisation) is not { } found)
        {
            return p;
        }

        var email = p.Email ?? found.Email;
        var phone = p.Phone ?? found.Phone;
        tally.EmailsFromDirectory += p.Email is null && email is not null ? 1 : 0;
        tally.PhonesFromDirectory += p.Phone is null && phone is not null ? 1 : 0;
        return p with { Email = email, Phone = phone };
    }

    private ServiceRecord? Finish(ServiceRecord? record, bool invalid = true)
    {
        if (record is null && invalid)
        {
            tally.RowsRejected++;
        }

        foreach (var problem in _rowProblems)
        {
            tally.Add(problem);
        }

        return record;
    }

    private JsonObject Details(IReadOnlyList<string> cells, long row)
    {
        var details = new JsonObject();
        foreach (var field in service.Fields)
        {
            if (field.Kind == FieldKind.Table)
            {
                if (mapping.Tables.TryGetValue(field.Key, out var items))
                {
                    details[field.Key] = Table(cells, row, field.Key, items.Count);
                }

                continue;
            }

            var name = "fields." + field.Key;
            if (Text(cells, name) is not { } cell)
            {
                Tally(name, null, true);
                continue;
            }

            string? value = field.Kind switch
            {
                FieldKind.Date => FieldChecks.Date(cell, mapping.DateFormats) is { } d && d >= FieldChecks.Earliest && d <= window.Today
                    ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
                FieldKind.Status => _values.Status(field.Key, cell),
                FieldKind.YesNo => _values.YesOrNo(field.Key, cell),
                FieldKind.Phone => FieldChecks.IsUkPhone(cell) ? cell : null,
                FieldKind.Email => FieldChecks.IsEmail(cell) ? cell : null,
                _ => _values.Local(field.Key, cell),
            };
            Tally(name, cell, value is not null, row, field.Kind switch
            {
                FieldKind.Date => "is not a date in an accepted format, or is before 1900 or in the future",
                FieldKind.Status => "is not Case open, Case closed or No record (add a value map for local codes)",
                FieldKind.YesNo => "is not yes or no (add a value map for local codes)",
                FieldKind.Phone => "is not a well-formed UK phone number",
                _ => "is not a well-formed email address",
            });
            if (value is not null)
            {
                details[field.Key] = value;
            }
        }

        return details;
    }

    private JsonArray Table(IReadOnlyList<string> cells, long row, string key, int items)
    {
        var table = new JsonArray();
        for (var i = 0; i < items; i++)
        {
            var item = new JsonObject();
            foreach (var column in mapping.Tables[key][i].Keys)
            {
                var name = string.Create(CultureInfo.InvariantCulture, $"tables.{key}.{i}.{column}");
                if (Text(cells, name) is not { } cell)
                {
                    continue;
                }

                if (column.EndsWith("date", StringComparison.OrdinalIgnoreCase))
                {
                    var date = FieldChecks.Date(cell, mapping.DateFormats);
                    var ok = date is { } d && d >= FieldChecks.Earliest && d <= window.Today;
                    Tally($"tables.{key}.{column}", cell, ok, row, "is not a date in an accepted format, or is before 1900 or in the future");
                    if (ok)
                    {
                        item[column] = date!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                    }
                }
                else
                {
                    Tally($"tables.{key}.{column}", cell, true);
                    item[column] = _values.Local($"{key}.{column}", cell);
                }
            }

            if (item.Count > 0)
            {
                table.Add(item);
            }
        }

        return table;
    }

    private DateOnly? Date(IReadOnlyList<string> cells, long row, string field, bool required, DateOnly plausibleFrom)
    {
        var cell = Text(cells, field);
        if (cell is null)
        {
            Tally(field, null, true);
            if (required)
            {
                Reject(row, field, "is empty");
            }

            return null;
        }

        var date = FieldChecks.Date(cell, mapping.DateFormats);
        var reason = date switch
        {
            null => $"is not a date in an accepted format ({string.Join(", ", mapping.DateFormats)})",
            { } d when d > window.Today => "is in the future",
            { } d when d < plausibleFrom => "is before 1900",
            _ => null,
        };
        Tally(field, cell, reason is null);
        if (reason is not null)
        {
            Reject(row, field, reason);
            return null;
        }

        tally.Field(field).Saw(date!.Value);
        return date;
    }

    private string? Checked(IReadOnlyList<string> cells, long row, string field, Func<string, bool> check, string reason)
    {
        var cell = Text(cells, field);
        Tally(field, cell, cell is null || check(cell), row, reason);
        return cell;
    }

    private string? Tallied(IReadOnlyList<string> cells, string field)
    {
        var cell = Text(cells, field);
        Tally(field, cell, true);
        return cell;
    }

    private string? Text(IReadOnlyList<string> cells, string field)
    {
        var at = columns[field];
        if (at < 0 || at >= cells.Count)
        {
            return null;
        }

        var cell = cells[at].Trim();
        return cell.Length == 0 ? null : cell;
    }

    /// <summary>Counts a field: mapped fields only, so completeness is of what the source sends.</summary>
    private void Tally(string field, string? cell, bool valid, long row = 0, string? reason = null)
    {
        if (columns[field] < 0 && !field.StartsWith("tables.", StringComparison.Ordinal))
        {
            return;
        }

        var t = tally.Field(field);
        if (cell is null)
        {
            return;
        }

        t.Present++;
        if (valid)
        {
            t.Valid++;
        }
        else if (reason is not null)
        {
            Note(row, field, reason);
        }
    }

    private void Reject(long row, string field, string reason) => _rowProblems.Add(new RowProblem(row, field, reason, RowRejected: true));

    private void Note(long row, string field, string reason) => _rowProblems.Add(new RowProblem(row, field, reason, RowRejected: false));
}
