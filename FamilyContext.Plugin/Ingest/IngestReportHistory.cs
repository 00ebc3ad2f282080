using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace FamilyContext.Plugin.Ingest;

/// <summary>
/// The reports in the report folder, for the admin pages' Sources page: each service's latest few, newest first, and
/// a report file by its name. Names are checked against the shape the ingest writes them in, so a request can only
/// ever reach a report. The folder is the one the ingest command writes to: with several instances, or the command
/// run elsewhere (a Kubernetes job), give them one shared folder.
/// </summary>
internal sealed partial class IngestReportHistory(IOptions<IngestOptions> options, ILogger<IngestReportHistory> logger)
{
    /// <summary>Reports shown per service.</summary>
    public const int Shown = 10;

    private string Folder => Path.GetFullPath(options.Value.ReportDirectory);

    /// <summary>The service's latest reports, newest first; a report that cannot be read is left out and logged.</summary>
    public IReadOnlyList<IngestReportEntry> Latest(string serviceId)
    {
        if (!Directory.Exists(Folder))
        {
            return [];
        }

        var entries = new List<IngestReportEntry>();
        // The names carry the service and the finishing time (service-yyyyMMddTHHmmssZ[-n]): the newest sort last.
        var files = Directory.EnumerateFiles(Folder, serviceId + "-*.json")
            .Select(p => (Path: p, Name: ReportName().Match(Path.GetFileName(p))))
            .Where(f => f.Name.Success && string.Equals(f.Name.Groups["service"].Value, serviceId, StringComparison.Ordinal))
            .OrderByDescending(f => f.Name.Groups["time"].Value, StringComparer.Ordinal)
            .ThenByDescending(f => f.Name.Groups["n"].Success ? int.Parse(f.Name.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture) : 1)
            .Take(Shown)
            .Select(f => f.Path);
        foreach (var path in files)
        {
            try
            {
                using var stream = File.OpenRead(path);
                var r = JsonSerializer.Deserialize<IngestReport>(stream, IngestReportFiles.Json)!;
                entries.Add(new IngestReportEntry(Path.GetFileNameWithoutExtension(path), r.FinishedAt, r.Outcome, r.RowsRead, r.RowsLoaded, r.RowsRejected,
                    File.Exists(Path.ChangeExtension(path, ".html"))));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or NotSupportedException or ArgumentNullException)
            {
                Unreadable(logger, serviceId, e.GetType().Name);
            }
        }

        return entries;
    }

    /// <summary>The full path of a report file (<c>.html</c> or <c>.json</c>) by its name, or null when there is no such report.</summary>
    public string? PathOf(string name)
    {
        if (!IsReportName(name))
        {
            return null;
        }

        var path = Path.Combine(Folder, name);
        return File.Exists(path) ? path : null;
    }

    /// <summary>
    /// A report page as the admin pages serve it: the page's own style block (for reading offline) becomes a link to
    /// <paramref name="styleUrl"/>, as the staff pages' content security policy allows no inline style.
    /// </summary>
    public static string ForWeb(string html, string styleUrl) =>
        StyleBlock().Replace(html, $"<link rel=\"stylesheet\" href=\"{styleUrl}\">", 1);

    public static string Style => IngestReportHtml.Style;

    private static bool IsReportName(string name) => ReportName().IsMatch(name);

    [GeneratedRegex(@"^(?<service>[A-Za-z0-9_]+(-[A-Za-z0-9_]+)*)-(?<time>\d{8}T\d{6}Z)(-(?<n>\d{1,4}))?\.(json|html)$")]
    private static partial Regex ReportName();

    [GeneratedRegex("<style>.*?</style>", RegexOptions.Singleline)]
    private static partial Regex StyleBlock();

    [LoggerMessage(EventId = 8010, Level = LogLevel.Warning, Message = "An ingest report of {ServiceId} could not be read ({Error}); it is left out of the Sources page")]
    private static partial void Unreadable(ILogger logger, string serviceId, string error);
}

/// <summary>One report in a service's history: its name (without extension), when the ingest finished, its outcome and counts.</summary>
public sealed record IngestReportEntry(string Name, DateTimeOffset FinishedAt, string Outcome, long RowsRead, long RowsLoaded, long RowsRejected, bool HasHtml);
