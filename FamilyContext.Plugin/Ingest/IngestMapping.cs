namespace FamilyContext.Plugin.Ingest;

/// <summary>
/// How one source's extract maps onto the common data model (DESIGN.md 3.1), read from a YAML file. Column names
/// are matched ignoring case, spaces and punctuation. Every value is optional except where a check needs it.
/// </summary>
internal sealed class IngestMapping
{
    /// <summary>The service this mapping is for; an extract for another service is refused.</summary>
    public string Service { get; set; } = "";

    /// <summary>The cell separator: <c>,</c> (default), <c>;</c>, <c>|</c> or <c>\t</c>.</summary>
    public string Delimiter { get; set; } = ",";

    /// <summary><c>utf-8</c> (with or without a byte order mark, the default) or <c>windows-1252</c>.</summary>
    public string Encoding { get; set; } = "utf-8";

    /// <summary>The original project's layout (a person file, service files keyed by person id, a data-sources file); none for a flat extract.</summary>
    public OriginalLayout? Layout { get; set; }

    /// <summary>What the source covers; shown beside every answer it gives.</summary>
    public IngestCoverage Coverage { get; set; } = new();

    /// <summary>Date formats accepted, tried in order (.NET custom format strings).</summary>
    public List<string> DateFormats { get; set; } = ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"];

    /// <summary>The column holding the source's own id for the record; rows without one are numbered.</summary>
    public string? RecordId { get; set; }

    /// <summary>Common data model fields: firstName, familyName, dateOfBirth, gender, addressLine, postcode, uprn, nhsNumber, upn, personKey.</summary>
    public Dictionary<string, string> Person { get; set; } = [];

    public string? Involvement { get; set; }

    public string? StartDate { get; set; }

    public string? EndDate { get; set; }

    /// <summary>The practitioner's name, role, organisation, phone and email.</summary>
    public Dictionary<string, string> Practitioner { get; set; } = [];

    /// <summary>The service's configured <c>Fields</c>, by key: the column holding each.</summary>
    public Dictionary<string, string> Fields { get; set; } = [];

    /// <summary>Table fields (e.g. safeGuardingOffences): one entry per listed item, each mapping a table column to a file column.</summary>
    public Dictionary<string, List<Dictionary<string, string>>> Tables { get; set; } = [];

    /// <summary>
    /// Value maps by field (involvement, gender, or a service field key): the source's code to the model's value,
    /// e.g. <c>involvement: { C: Current, H: Historic }</c>. Codes are matched ignoring case and spaces.
    /// </summary>
    public Dictionary<string, Dictionary<string, string>> Values { get; set; } = [];
}
