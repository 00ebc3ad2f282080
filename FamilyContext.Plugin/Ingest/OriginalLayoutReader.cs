using System.Globalization;

namespace FamilyContext.Plugin.Ingest;

/// <summary>
/// Reads an extract in the original project's layout as if it were flat: each row of the service file with its
/// person's columns from the person file, and its rows from each linked file (police offences) as numbered table
/// items, after it. The person file and the linked files are read whole first (they are keyed lookups); the service
/// file streams. A service row naming no person, or a person id the person file holds twice, is left out and
/// counted; a linked row naming no person of the service file is counted too.
/// </summary>
internal sealed class OriginalLayoutReader : IExtractRows
{
    private const string PersonPrefix = "Person file: ";

    private readonly ExtractReader _service;
    private readonly OriginalLayout _layout;
    private readonly QualityTally _tally;
    private readonly Dictionary<string, Person> _people;
    private readonly IReadOnlyList<string> _personHeader;
    private readonly List<Linked> _linked;
    private int _key = -1;
    private int _serviceWidth;

    private OriginalLayoutReader(ExtractReader service, IngestMapping mapping, QualityTally tally, Dictionary<string, Person> people, IReadOnlyList<string> personHeader, List<Linked> linked)
    {
        _service = service;
        _layout = mapping.Layout!;
        _tally = tally;
        _people = people;
        _personHeader = personHeader;
        _linked = linked;
    }

    public long Position => _service.Position;

    public long Length => _service.Length;

    /// <summary>
    /// Reads the person file and the linked files beside <paramref name="servicePath"/>, and points the mapping's person
    /// and table columns at the joined row's columns.
    /// </summary>
    /// <exception cref="IngestConfigurationException">A file of the layout is missing.</exception>
    /// <exception cref="ExtractFormatException">A file of the layout cannot be read, or lacks its id column.</exception>
    public static OriginalLayoutReader Open(string servicePath, IngestMapping mapping, QualityTally tally)
    {
        var layout = mapping.Layout!;
        var folder = Path.GetDirectoryName(servicePath) ?? ".";
        var (people, personHeader) = ReadPeople(Beside(folder, layout.PersonFile), layout.PersonId, mapping, tally);
        foreach (var field in mapping.Person.Keys.ToList())
        {
            mapping.Person[field] = PersonPrefix + mapping.Person[field];
        }

        var linked = new List<Linked>();
        foreach (var (table, rows) in layout.Rows)
        {
            var item = ReadLinked(Beside(folder, rows.File), table, rows, mapping, tally);
            linked.Add(item);
            mapping.Tables[table] = [.. Enumerable.Range(1, item.Items).Select(i => rows.Columns.Keys.ToDictionary(c => c, c => Item(table, i, c), StringComparer.Ordinal))];
        }

        return new OriginalLayoutReader(ExtractReader.Open(servicePath, mapping), mapping, tally, people, personHeader, linked);
    }

    public IReadOnlyList<string>? ReadHeader()
    {
        if (_service.ReadHeader() is not { } header)
        {
            return null;
        }

        _serviceWidth = header.Count;
        _key = header.Select(HeaderKey.Of).ToList().IndexOf(HeaderKey.Of(_layout.Key));
        if (_key < 0)
        {
            throw new ExtractFormatException($"The service file has no column \"{ReportText.Defuse(_layout.Key)}\" naming the person (layout.key): check this is the service file of the original layout.");
        }

        return [.. header, .. _personHeader.Select(h => PersonPrefix + h),
            .. _linked.SelectMany(l => Enumerable.Range(1, l.Items).SelectMany(i => l.Columns.Select(c => Item(l.Table, i, c))))];
    }

    public IEnumerable<(long Row, string[] Cells)> Rows()
    {
        long read = 0, unknown = 0;
        foreach (var (row, cells) in _service.Rows())
        {
            read++;
            var id = _key < cells.Length ? cells[_key].Trim() : "";
            string? reason = id.Length == 0 ? "is empty: the row names no person"
                : !_people.TryGetValue(id, out var person) ? "names no person in the person file"
                : person.AlsoAtRow > 0 ? string.Create(CultureInfo.InvariantCulture, $"names a person id the person file holds twice (rows {person.Row} and {person.AlsoAtRow})")
                : null;
            if (reason is not null || cells.Length != _serviceWidth)
            {
                // Counted here as the record builder would count it: the row is read, and left out.
                unknown += reason is null ? 0 : 1;
                _tally.RowsRead++;
                _tally.RowsRejected++;
                _tally.Add(new RowProblem(row, "personId", reason ?? string.Create(CultureInfo.InvariantCulture,
                    $"the row has {cells.Length} cells where the header row has {_serviceWidth}: check for an unclosed quote or a stray delimiter"), RowRejected: true));
                continue;
            }

            var joined = new string[cells.Length + _personHeader.Count + _linked.Sum(l => l.Items * l.Columns.Length)];
            cells.CopyTo(joined, 0);
            _people[id].Cells.CopyTo(joined, cells.Length);
            var at = cells.Length + _personHeader.Count;
            foreach (var linked in _linked)
            {
                at = linked.Fill(id, joined, at);
            }

            yield return (row, joined);
        }

        if (read > 0 && unknown == read)
        {
            throw new ExtractFormatException(string.Create(CultureInfo.InvariantCulture,
                $"None of the service file's {read:N0} rows names a person in the person file: check the files come from the same extract."));
        }

        foreach (var linked in _linked)
        {
            linked.CountUnclaimed(_tally);
        }
    }

    public void Dispose() => _service.Dispose();

    private static string Item(string table, int item, string column) => string.Create(CultureInfo.InvariantCulture, $"{table} {item}: {column}");

    private static string Beside(string folder, string file)
    {
        var path = Path.Combine(folder, file);
        return File.Exists(path) ? path : throw new IngestConfigurationException($"The layout's file {path} does not exist: the original layout's files must sit beside the service file.");
    }

    private static int Column(IReadOnlyList<string> header, string column, string file, string setting)
    {
        var at = header.Select(HeaderKey.Of).ToList().IndexOf(HeaderKey.Of(column));
        return at >= 0 ? at : throw new ExtractFormatException($"The {file} has no column \"{ReportText.Defuse(column)}\" ({setting}).");
    }

    private static (Dictionary<string, Person> People, IReadOnlyList<string> Header) ReadPeople(string path, string idColumn, IngestMapping mapping, QualityTally tally)
    {
        using var reader = ExtractReader.Open(path, mapping);
        var header = reader.ReadHeader() ?? throw new ExtractFormatException("The person file is empty: it has no header row.");
        var id = Column(header, idColumn, "person file", "layout.personId");
        var people = new Dictionary<string, Person>(StringComparer.Ordinal);
        foreach (var (row, cells) in reader.Rows())
        {
            var key = id < cells.Length ? cells[id].Trim() : "";
            if (key.Length == 0 || cells.Length != header.Count)
            {
                tally.Add(new RowProblem(row, "personFile.personId", key.Length == 0 ? "is empty in the person file: the person cannot be linked"
                    : "has a row in the person file with another number of cells than its header row: the person cannot be linked", RowRejected: false));
            }
            else if (people.TryGetValue(key, out var first))
            {
                first.AlsoAtRow = first.AlsoAtRow == 0 ? row : first.AlsoAtRow;
                tally.Add(new RowProblem(row, "personFile.personId", string.Create(CultureInfo.InvariantCulture,
                    $"is the same as row {first.Row}'s in the person file: the service rows naming it are left out"), RowRejected: false));
            }
            else
            {
                people[key] = new Person(row, cells);
            }
        }

        return (people, header);
    }

    private static Linked ReadLinked(string path, string table, LinkedRows rows, IngestMapping mapping, QualityTally tally)
    {
        using var reader = ExtractReader.Open(path, mapping);
        var name = $"{table} file";
        var header = reader.ReadHeader() ?? throw new ExtractFormatException($"The {name} is empty: it has no header row.");
        var key = Column(header, rows.Key, name, $"layout.rows.{table}.key");
        var columns = rows.Columns.Select(c => Column(header, c.Value, name, $"layout.rows.{table}.columns.{c.Key}")).ToArray();
        var linked = new Linked(table, [.. rows.Columns.Keys], Math.Max(1, rows.Most));
        foreach (var (row, cells) in reader.Rows())
        {
            var id = key < cells.Length ? cells[key].Trim() : "";
            if (id.Length == 0 || cells.Length != header.Count)
            {
                tally.Add(new RowProblem(row, $"{table}File.personId", "is empty, or the row has another number of cells than its header row: the row cannot be linked", RowRejected: false));
                continue;
            }

            linked.Add(id, row, [.. columns.Select(c => cells[c])], tally);
        }

        return linked;
    }

    private sealed class Person(long row, string[] cells)
    {
        public long Row { get; } = row;

        public string[] Cells { get; } = cells;

        public long AlsoAtRow { get; set; }
    }

    /// <summary>One linked file's rows by person id, keeping only the mapped columns.</summary>
    private sealed class Linked(string table, string[] columns, int most)
    {
        private readonly Dictionary<string, List<(long Row, string[] Cells)>> _byPerson = new(StringComparer.Ordinal);
        private readonly HashSet<string> _claimed = new(StringComparer.Ordinal);

        public string Table { get; } = table;

        public string[] Columns { get; } = columns;

        /// <summary>Table items per record: the most rows any person has, up to the mapping's <c>most</c>.</summary>
        public int Items { get; private set; } = 1;

        public void Add(string id, long row, string[] cells, QualityTally tally)
        {
            if (!_byPerson.TryGetValue(id, out var list))
            {
                _byPerson[id] = list = [];
            }

            if (list.Count >= most)
            {
                tally.Add(new RowProblem(row, $"{Table}File", string.Create(CultureInfo.InvariantCulture,
                    $"is more than the {most} rows a record lists for one person (layout.rows.{Table}.most): not loaded"), RowRejected: false));
                return;
            }

            list.Add((row, cells));
            Items = Math.Max(Items, list.Count);
        }

        public int Fill(string id, string[] joined, int at)
        {
            if (_byPerson.TryGetValue(id, out var list))
            {
                _claimed.Add(id);
                foreach (var (_, cells) in list)
                {
                    cells.CopyTo(joined, at);
                    at += cells.Length;
                }

                Array.Fill(joined, "", at, (Items - list.Count) * Columns.Length);
            }
            else
            {
                Array.Fill(joined, "", at, Items * Columns.Length);
            }

            return at + ((Items - (list?.Count ?? 0)) * Columns.Length);
        }

        public void CountUnclaimed(QualityTally tally)
        {
            foreach (var (_, rows) in _byPerson.Where(p => !_claimed.Contains(p.Key)))
            {
                foreach (var (row, _) in rows)
                {
                    tally.Add(new RowProblem(row, $"{Table}File.personId", "names no person of the service file: not loaded", RowRejected: false));
                }
            }
        }
    }
}
