using System.Globalization;

namespace FamilyContext.Plugin.Ingest;

/// <summary>
/// The original layout's data-sources file: one row per service with its last-synchronised date and coverage dates
/// (columns Source, Last Synchronised, Coverage Start Date, Coverage End Date, Coverage Explanation, matched as
/// headers are). The service's row sets the extract's coverage, and its current-as-of date unless one is given.
/// </summary>
internal sealed record DataSourcesFile(DateTimeOffset? LastSynchronised, DateOnly? CoverageStart, DateOnly? CoverageEnd, string? Explanation)
{
    private static readonly string[][] Columns =
    [
        ["source", "datasource", "service"],
        ["lastsynchronised", "lastsynchronized", "lastsync"],
        ["coveragestartdate", "coveragestart"],
        ["coverageenddate", "coverageend"],
        ["coverageexplanation", "explanation"],
    ];

    /// <summary>Reads the row for <paramref name="source"/> and writes its coverage into the mapping.</summary>
    /// <exception cref="IngestConfigurationException">The file is missing or unreadable, has no row for the source, or a date there is not a date.</exception>
    public static DataSourcesFile Apply(string path, string source, IngestMapping mapping)
    {
        if (!File.Exists(path))
        {
            throw new IngestConfigurationException($"The data-sources file {path} (layout.dataSources) does not exist: it must sit beside the service file.");
        }

        try
        {
            using var reader = ExtractReader.Open(path, mapping);
            var header = reader.ReadHeader()?.Select(HeaderKey.Of).ToList() ?? throw new IngestConfigurationException($"The data-sources file {path} is empty.");
            var at = Columns.Select(names => header.FindIndex(names.Contains)).ToArray();
            if (at[0] < 0 || at[1] < 0)
            {
                throw new IngestConfigurationException($"The data-sources file {path} needs a Source column and a Last Synchronised column (Coverage Start Date, Coverage End Date and Coverage Explanation are read when present).");
            }

            foreach (var (row, cells) in reader.Rows())
            {
                string? Cell(int i) => i >= 0 && i < cells.Length && cells[i].Trim() is { Length: > 0 } c ? c : null;
                if (!string.Equals(HeaderKey.Of(Cell(at[0])), HeaderKey.Of(source), StringComparison.Ordinal))
                {
                    continue;
                }

                DateOnly? Day(int column, string name) => Cell(column) is not { } cell ? null
                    : FieldChecks.Date(cell, ["yyyy-MM-dd", .. mapping.DateFormats]) is { } d ? d
                    : throw new IngestConfigurationException(string.Create(CultureInfo.InvariantCulture,
                        $"The data-sources file {path}, row {row}, {name}: is not a date in an accepted format (yyyy-mm-dd, {string.Join(", ", mapping.DateFormats)}), nor an ISO 8601 time."));

                // A time of day (ISO 8601, as the original API's lastSynchronised) or a day.
                var synchronised = Cell(at[1]) is { Length: > 10 } text && DateTimeOffset.TryParseExact(text,
                    ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm"],
                    CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var when)
                    ? when : Day(at[1], "Last Synchronised") is { } day ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : (DateTimeOffset?)null;
                var result = new DataSourcesFile(synchronised, Day(at[2], "Coverage Start Date"), Day(at[3], "Coverage End Date"), Cell(at[4]));
                mapping.Coverage.Start = result.CoverageStart?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? mapping.Coverage.Start;
                mapping.Coverage.End = result.CoverageEnd?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? mapping.Coverage.End;
                mapping.Coverage.Explanation = result.Explanation ?? mapping.Coverage.Explanation;
                return result;
            }
        }
        catch (ExtractFormatException e)
        {
            throw new IngestConfigurationException($"The data-sources file {path} cannot be read: {e.Message}");
        }

        throw new IngestConfigurationException($"The data-sources file {path} has no row for the source \"{source}\" (layout.dataSource).");
    }
}
