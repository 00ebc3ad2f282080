namespace FamilyContext.Plugin.Store;

/// <summary>
/// The schema and queries, written once in SQL that both SQLite and PostgreSQL accept.
/// Migrations are append-only: add a new entry, never edit an applied one.
/// </summary>
internal static class StoreSql
{
    public static readonly IReadOnlyList<string> Migrations =
    [
        """
        CREATE TABLE service_record (
            service_id TEXT NOT NULL,
            record_id TEXT NOT NULL,
            first_name TEXT, family_name TEXT, dob TEXT, gender INTEGER NOT NULL,
            address_line TEXT, postcode TEXT, uprn TEXT,
            nhs_number TEXT, upn TEXT, person_key TEXT,
            first_key TEXT, family_key TEXT, birth_year INTEGER, postcode_key TEXT,
            involvement INTEGER NOT NULL, start_date TEXT, end_date TEXT,
            practitioner_name TEXT, practitioner_role TEXT, practitioner_org TEXT,
            practitioner_phone TEXT, practitioner_email TEXT,
            details TEXT NOT NULL,
            PRIMARY KEY (service_id, record_id));
        CREATE INDEX ix_record_nhs ON service_record (service_id, nhs_number);
        CREATE INDEX ix_record_upn ON service_record (service_id, upn);
        CREATE INDEX ix_record_person_key ON service_record (service_id, person_key);
        CREATE INDEX ix_record_dob ON service_record (service_id, dob);
        CREATE INDEX ix_record_family_year ON service_record (service_id, family_key, birth_year);
        CREATE INDEX ix_record_postcode_first ON service_record (service_id, postcode_key, first_key);
        CREATE TABLE source_metadata (
            service_id TEXT PRIMARY KEY,
            current_as_of TEXT NOT NULL,
            coverage_start TEXT, coverage_end TEXT,
            coverage_area TEXT NOT NULL,
            coverage_explanation TEXT NOT NULL,
            loaded_at TEXT NOT NULL,
            record_count INTEGER NOT NULL);
        """,
        // The generation counts extract loads, so cached lookups of an older extract are never served again.
        "ALTER TABLE source_metadata ADD COLUMN generation INTEGER NOT NULL DEFAULT 0;",
    ];

    public const string Columns =
        "service_id, record_id, first_name, family_name, dob, gender, address_line, postcode, uprn, nhs_number, upn, person_key, " +
        "first_key, family_key, birth_year, postcode_key, involvement, start_date, end_date, practitioner_name, practitioner_role, " +
        "practitioner_org, practitioner_phone, practitioner_email, details";

    public const string Insert =
        $"INSERT INTO service_record ({Columns}) VALUES (@service_id, @record_id, @first_name, @family_name, @dob, @gender, @address_line, " +
        "@postcode, @uprn, @nhs_number, @upn, @person_key, @first_key, @family_key, @birth_year, @postcode_key, @involvement, @start_date, " +
        "@end_date, @practitioner_name, @practitioner_role, @practitioner_org, @practitioner_phone, @practitioner_email, @details)";

    public const string UpsertMetadata =
        "INSERT INTO source_metadata (service_id, current_as_of, coverage_start, coverage_end, coverage_area, coverage_explanation, loaded_at, record_count, generation) " +
        "VALUES (@service_id, @current_as_of, @coverage_start, @coverage_end, @coverage_area, @coverage_explanation, @loaded_at, @record_count, 1) " +
        "ON CONFLICT (service_id) DO UPDATE SET current_as_of = excluded.current_as_of, coverage_start = excluded.coverage_start, " +
        "coverage_end = excluded.coverage_end, coverage_area = excluded.coverage_area, coverage_explanation = excluded.coverage_explanation, " +
        "loaded_at = excluded.loaded_at, record_count = excluded.record_count, generation = source_metadata.generation + 1";

    public const string SelectGenerations = "SELECT service_id, generation FROM source_metadata";

    public const string SelectMetadata = "SELECT * FROM source_metadata WHERE service_id = @serviceId";

    /// <summary>Involvement 1 is <see cref="Involvement.Current"/>.</summary>
    public const string SelectCurrentRecordIds = "SELECT record_id FROM service_record WHERE service_id = @serviceId AND involvement = 1";

    public const string SelectRecord = $"SELECT {Columns} FROM service_record WHERE service_id = @serviceId AND record_id = @recordId";

    public const string DeleteService = "DELETE FROM service_record WHERE service_id = @serviceId";

    /// <summary>
    /// One indexed equality per key that is present, joined by UNION ALL so each arm uses its own index.
    /// Both SQLite and PostgreSQL plan each arm as an index search.
    /// </summary>
    public static (string Sql, object Parameters) Candidates(string serviceId, MatchKeys k)
    {
        var arms = new List<string>();
        void Arm(bool present, string where)
        {
            if (present)
            {
                arms.Add($"SELECT record_id FROM service_record WHERE service_id = @serviceId AND {where}");
            }
        }

        Arm(k.NhsNumber is not null, "nhs_number = @nhs");
        Arm(k.Upn is not null, "upn = @upn");
        Arm(k.PersonKey is not null, "person_key = @personKey");
        Arm(k.DateOfBirth is not null, "dob = @dob");
        // A swapped date scores 15; without a first name, family name or postcode that agrees exactly the rest
        // can add at most 48, short of the possible threshold (65): such records could never match, so are not read.
        Arm(k.TransposedDateOfBirth is not null && (k.FirstNameKey ?? k.FamilyNameKey ?? k.PostcodeKey) is not null,
            "dob = @dobTransposed AND (first_key = @firstKey OR family_key = @familyKey OR postcode_key = @postcodeKey)");
        Arm(k.FamilyNameKey is not null && k.BirthYear is not null, "family_key = @familyKey AND birth_year = @birthYear");
        Arm(k.PostcodeKey is not null && k.FirstNameKey is not null, "postcode_key = @postcodeKey AND first_key = @firstKey");
        // The arms find record ids only; the rows are read once, by primary key. Short SQL parses fast. UNION ALL, not
        // UNION: IN de-duplicates the ids already, and a UNION let SQLite plan a merge of ids in key order, walking the
        // whole service's primary key for every arm (a scan growing with the store).
        var sql = arms.Count == 0 ? ""
            : $"SELECT {Columns} FROM service_record WHERE service_id = @serviceId AND record_id IN ({string.Join(" UNION ALL ", arms)})";
        return (sql, new
        {
            serviceId,
            nhs = k.NhsNumber,
            upn = k.Upn,
            personKey = k.PersonKey,
            dob = DateText.From(k.DateOfBirth),
            dobTransposed = DateText.From(k.TransposedDateOfBirth),
            familyKey = k.FamilyNameKey,
            birthYear = k.BirthYear,
            postcodeKey = k.PostcodeKey,
            firstKey = k.FirstNameKey,
        });
    }
}
