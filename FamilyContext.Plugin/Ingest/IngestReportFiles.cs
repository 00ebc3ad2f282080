using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace FamilyContext.Plugin.Ingest;

/// <summary>Writes a report as JSON (for the admin pages and other tools) and as an HTML page (for the data owner), side by side.</summary>
internal static class IngestReportFiles
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    public static async Task<(string Json, string Html)> WriteAsync(IngestReport report, string directory, CancellationToken cancellationToken)
    {
        try
        {
            Directory.CreateDirectory(directory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new IngestConfigurationException($"The report folder {directory} could not be created ({e.Message}).");
        }

        var name = string.Create(CultureInfo.InvariantCulture, $"{report.ServiceId}-{report.FinishedAt.UtcDateTime:yyyyMMdd'T'HHmmss'Z'}");
        // Two ingests of one service in the same second (a dry run, then the load) keep both reports.
        for (var n = 2; File.Exists(Path.Combine(directory, name + ".json")); n++)
        {
            name = string.Create(CultureInfo.InvariantCulture, $"{report.ServiceId}-{report.FinishedAt.UtcDateTime:yyyyMMdd'T'HHmmss'Z'}-{n}");
        }

        var json = Path.Combine(directory, name + ".json");
        var html = Path.Combine(directory, name + ".html");
        await File.WriteAllTextAsync(json, JsonSerializer.Serialize(report, Json), cancellationToken);
        await File.WriteAllTextAsync(html, IngestReportHtml.Write(report), cancellationToken);
        return (json, html);
    }
}
