using Dapper;
using FamilyContext.Plugin.Abstractions;
using FamilyContext.Plugin.Store;
using Microsoft.Data.Sqlite;

namespace FamilyContext.Plugin.Demo;

/// <summary>The demo CMS's own SQLite file: people and relationships shaped after Mosaic's tables.</summary>
internal sealed class DemoCmsDatabase(string connectionString)
{
    private const int SchemaVersion = 3; // bump whenever the generator changes, so demos regenerate

    public async Task<bool> ExistsAsync(int seed, int households, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var tables = await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM sqlite_master WHERE name = 'demo_meta'");
        if (tables == 0)
        {
            return false;
        }

        var stamp = await connection.ExecuteScalarAsync<string>("SELECT value FROM demo_meta WHERE key = 'stamp'");
        return stamp == Stamp(seed, households);
    }

    public async Task WriteAsync(DemoCouncil council, int seed, int households, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(
            """
            DROP TABLE IF EXISTS demo_meta; DROP TABLE IF EXISTS cms_person; DROP TABLE IF EXISTS cms_relationship;
            CREATE TABLE demo_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
            CREATE TABLE cms_person (person_id TEXT PRIMARY KEY, first_name TEXT, family_name TEXT, dob TEXT, gender INTEGER NOT NULL,
                line1 TEXT, town TEXT, postcode TEXT, nhs_number TEXT, upn TEXT, restricted INTEGER NOT NULL, is_child INTEGER NOT NULL);
            CREATE TABLE cms_relationship (person_id TEXT NOT NULL, other_person_id TEXT NOT NULL, code TEXT NOT NULL, wording TEXT NOT NULL,
                type INTEGER NOT NULL, start_date TEXT, end_date TEXT, parental_responsibility INTEGER NOT NULL);
            CREATE INDEX ix_cms_relationship_person ON cms_relationship (person_id);
            """, transaction: transaction);
        foreach (var entry in council.People)
        {
            var p = entry.Person;
            await connection.ExecuteAsync(
                "INSERT INTO cms_person VALUES (@Id, @FirstName, @FamilyName, @Dob, @Gender, @Line1, @Town, @Postcode, @NhsNumber, @Upn, @Restricted, @IsChild)",
                new
                {
                    p.Id, p.FirstName, p.FamilyName, Dob = DateText.From(p.DateOfBirth), Gender = (int)p.Gender, p.Address?.Line1,
                    p.Address?.Town, p.Address?.Postcode, p.NhsNumber, p.Upn, Restricted = p.Restricted ? 1 : 0, IsChild = entry.IsChild ? 1 : 0,
                },
                transaction);
        }

        foreach (var l in council.Links)
        {
            await connection.ExecuteAsync(
                "INSERT INTO cms_relationship VALUES (@PersonId, @OtherPersonId, @Code, @Wording, @Type, @Start, @End, @Pr)",
                new { l.PersonId, l.OtherPersonId, l.Code, l.Wording, Type = (int)l.Type, Start = DateText.From(l.StartDate), End = DateText.From(l.EndDate), Pr = l.ParentalResponsibility ? 1 : 0 },
                transaction);
        }

        await connection.ExecuteAsync("INSERT INTO demo_meta VALUES ('stamp', @stamp)", new { stamp = Stamp(seed, households) }, transaction);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<CmsPerson?> FindPersonAsync(string personId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<PersonRow>(
            new CommandDefinition("SELECT * FROM cms_person WHERE person_id = @personId", new { personId }, cancellationToken: cancellationToken));
        return row?.ToPerson();
    }

    public async Task<IReadOnlyList<(DemoCmsLink Link, CmsPerson Other)>> LinksAsync(string personId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        // Relationships are reciprocal (as in Mosaic): a link stored from the child's side is read from the other side too.
        var rows = (await connection.QueryAsync<LinkRow>(new CommandDefinition(
            "SELECT p.*, r.other_person_id, r.code, r.wording, r.type, r.start_date, r.end_date, r.parental_responsibility, 0 AS reversed " +
            "FROM cms_relationship r JOIN cms_person p ON p.person_id = r.other_person_id WHERE r.person_id = @personId " +
            "UNION ALL SELECT p.*, r.person_id, r.code, r.wording, r.type, r.start_date, r.end_date, r.parental_responsibility, 1 " +
            "FROM cms_relationship r JOIN cms_person p ON p.person_id = r.person_id WHERE r.other_person_id = @personId",
            new { personId }, cancellationToken: cancellationToken))).ToList();
        var stored = rows.Where(r => r.reversed == 0).Select(r => r.other_person_id).ToHashSet(StringComparer.Ordinal);
        return [.. rows.Where(r => r.reversed == 0 || !stored.Contains(r.other_person_id)).Select(r => (r.ToLink(), r.ToPerson()))];
    }

    /// <summary>A child with an open case, or null (adults are not opened as children).</summary>
    public async Task<CmsPerson?> FindChildAsync(string personId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<PersonRow>(new CommandDefinition(
            "SELECT * FROM cms_person WHERE person_id = @personId AND is_child = 1", new { personId }, cancellationToken: cancellationToken));
        return row?.ToPerson();
    }

    /// <summary>Children with open cases, for the demo page's list.</summary>
    public async Task<IReadOnlyList<CmsPerson>> ChildrenAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<PersonRow>(new CommandDefinition(
            "SELECT * FROM cms_person WHERE is_child = 1 ORDER BY family_name, first_name, person_id", cancellationToken: cancellationToken));
        return [.. rows.Select(r => r.ToPerson())];
    }

    /// <summary>People with these names (any case) and, when given, this date of birth, never restricted ones: one page, and how many in all.</summary>
    public async Task<(IReadOnlyList<CmsPerson> Page, int Total)> SearchAsync(
        string firstName, string familyName, DateOnly? dateOfBirth, int skip, int take, CancellationToken cancellationToken)
    {
        const string Where = "FROM cms_person WHERE lower(first_name) = lower(@first) AND lower(family_name) = lower(@family) AND (@dob IS NULL OR dob = @dob) AND restricted = 0";
        var parameters = new { first = firstName.Trim(), family = familyName.Trim(), dob = DateText.From(dateOfBirth), skip, take };
        await using var connection = await OpenAsync(cancellationToken);
        var total = await connection.ExecuteScalarAsync<long>(new CommandDefinition($"SELECT count(*) {Where}", parameters, cancellationToken: cancellationToken));
        var rows = await connection.QueryAsync<PersonRow>(new CommandDefinition(
            $"SELECT * {Where} ORDER BY person_id LIMIT @take OFFSET @skip", parameters, cancellationToken: cancellationToken));
        return ([.. rows.Select(r => r.ToPerson())], (int)total);
    }

    private static string Stamp(int seed, int households) => $"v{SchemaVersion}:{seed}:{households}";

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    private class PersonRow
    {
        public string person_id { get; set; } = "";
        public string? first_name { get; set; }
        public string? family_name { get; set; }
        public string? dob { get; set; }
        public long gender { get; set; }
        public string? line1 { get; set; }
        public string? town { get; set; }
        public string? postcode { get; set; }
        public string? nhs_number { get; set; }
        public string? upn { get; set; }
        public long restricted { get; set; }

        public CmsPerson ToPerson() => new(
            person_id, first_name, family_name, DateText.ToDate(dob), (Gender)gender,
            new CmsAddress(line1, null, town, postcode), nhs_number, upn, null, restricted != 0);
    }

    private sealed class LinkRow : PersonRow
    {
        public string other_person_id { get; set; } = "";
        public string code { get; set; } = "";
        public string wording { get; set; } = "";
        public long type { get; set; }
        public string? start_date { get; set; }
        public string? end_date { get; set; }
        public long parental_responsibility { get; set; }

        public long reversed { get; set; }

        public DemoCmsLink ToLink() => reversed == 0
            ? new("", other_person_id, code, wording, (RelationshipType)type, DateText.ToDate(start_date), DateText.ToDate(end_date), parental_responsibility != 0)
            : DemoReciprocal.Of(new("", other_person_id, code, wording, (RelationshipType)type, DateText.ToDate(start_date), DateText.ToDate(end_date), false),
                (Gender)gender);
    }
}
