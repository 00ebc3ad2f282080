using FamilyContext.Plugin.Store;

namespace FamilyContext.Plugin.Ingest;

/// <summary>
/// The council's staff directory (name, organisation, role, email, phone), read whole: it is thousands of rows, not
/// millions. It fills a practitioner's missing email or phone at ingest, found by name, and by organisation too when
/// two people share a name; a name it cannot pin to one person fills nothing.
/// </summary>
internal sealed class StaffDirectory
{
    private static readonly string[][] Columns =
    [
        ["name", "fullname", "staffname"],
        ["organisation", "organization", "team", "service"],
        ["role", "jobtitle"],
        ["email", "emailaddress"],
        ["phone", "telephone", "phonenumber", "telephonenumber"],
    ];

    private readonly Dictionary<string, List<Entry>> _byName;

    private StaffDirectory(Dictionary<string, List<Entry>> byName) => _byName = byName;

    public static StaffDirectory Empty { get; } = new([]);

    public int Count => _byName.Values.Sum(e => e.Count);

    public int WithEmail => _byName.Values.Sum(e => e.Count(x => x.Email is not null));

    public int WithPhone => _byName.Values.Sum(e => e.Count(x => x.Phone is not null));

    /// <exception cref="ExtractFormatException">The file has no name column, neither an email nor a phone column, or cannot be read.</exception>
    public static StaffDirectory Read(string path)
    {
        using var reader = ExtractReader.Open(path, new IngestMapping());
        var header = reader.ReadHeader() ?? throw new ExtractFormatException("The staff directory is empty: it has no header row.");
        var keys = header.Select(HeaderKey.Of).ToList();
        var at = Columns.Select(names => keys.FindIndex(k => names.Contains(k))).ToArray();
        if (at[0] < 0 || (at[3] < 0 && at[4] < 0))
        {
            throw new ExtractFormatException("The staff directory needs a Name column and an Email or Phone column (Organisation and Role are used when present).");
        }

        var byName = new Dictionary<string, List<Entry>>(StringComparer.Ordinal);
        foreach (var (_, cells) in reader.Rows())
        {
            string? Cell(int i) => i >= 0 && i < cells.Length && cells[i].Trim() is { Length: > 0 } c ? c : null;
            if (NameKeys.Name(Cell(at[0])) is not { } name)
            {
                continue;
            }

            var email = Cell(at[3]) is { } e && FieldChecks.IsEmail(e) ? e : null;
            var phone = Cell(at[4]) is { } p && FieldChecks.IsUkPhone(p) ? p : null;
            if (email is null && phone is null)
            {
                continue;
            }

            if (!byName.TryGetValue(name, out var entries))
            {
                byName[name] = entries = [];
            }

            entries.Add(new Entry(NameKeys.Alphanumeric(Cell(at[1])), email, phone));
        }

        return new StaffDirectory(byName);
    }

    /// <summary>The one person of this name (at this organisation, when several share the name), or null.</summary>
    public (string? Email, string? Phone)? Find(string name, string? organisation)
    {
        if (NameKeys.Name(name) is not { } key || !_byName.TryGetValue(key, out var entries))
        {
            return null;
        }

        if (entries.Count == 1)
        {
            return (entries[0].Email, entries[0].Phone);
        }

        var org = NameKeys.Alphanumeric(organisation);
        var atOrganisation = org is null ? [] : entries.Where(e => e.Organisation == org).ToList();
        return atOrganisation.Count == 1 ? (atOrganisation[0].Email, atOrganisation[0].Phone) : null;
    }

    private sealed record Entry(string? Organisation, string? Email, string? Phone);
}
