namespace FamilyContext.Plugin.Ingest;

/// <summary>
/// The original Family Context project's layout (a mapping's <c>layout:</c>): one person file, one file per service
/// keyed by the person id, a file of rows per person for a table field (police offences), and a data-sources file
/// giving each service's last-synchronised date and coverage. File names are relative to the service file's folder.
/// </summary>
internal sealed class OriginalLayout
{
    /// <summary>The person file: one row per person, the columns named under the mapping's <c>person:</c>.</summary>
    public string PersonFile { get; set; } = "";

    /// <summary>The person file's column holding the person id.</summary>
    public string PersonId { get; set; } = "";

    /// <summary>The service file's column naming the person (the person file's id).</summary>
    public string Key { get; set; } = "";

    /// <summary>The data-sources file (columns Source, Last Synchronised, Coverage Start Date, Coverage End Date, Coverage Explanation); optional.</summary>
    public string? DataSources { get; set; }

    /// <summary>This service's name in the data-sources file's Source column; default the service id.</summary>
    public string? DataSource { get; set; }

    /// <summary>Table fields read from a file of their own, several rows per person (e.g. safeGuardingOffences).</summary>
    public Dictionary<string, LinkedRows> Rows { get; set; } = [];
}

/// <summary>A file of several rows per person filling one table field of the service's records.</summary>
internal sealed class LinkedRows
{
    public string File { get; set; } = "";

    /// <summary>The column naming the person (the person file's id).</summary>
    public string Key { get; set; } = "";

    /// <summary>Each table column, and the file's column holding it.</summary>
    public Dictionary<string, string> Columns { get; set; } = [];

    /// <summary>How many rows one record lists at most, in file order; the rest are counted in the report.</summary>
    public int Most { get; set; } = 3;
}
