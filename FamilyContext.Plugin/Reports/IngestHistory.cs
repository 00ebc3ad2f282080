using System.Text.Json;
using FamilyContext.Plugin.Ingest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FamilyContext.Plugin.Reports;

/// <summary>
/// The ingest reports kept in the report folder (<c>FamilyContext:Ingest:ReportDirectory</c>), loads and rejections but not
/// dry runs, oldest first. A report that cannot be read is left out and counted, never guessed at.
/// </summary>
internal sealed partial class IngestHistory(IOptions<IngestOptions> options, ILogger<IngestHistory> logger)
{
    public async Task<(IReadOnlyList<IngestReport> Reports, int Unreadable)> ReadAsync(DateTimeOffset from, DateTimeOffset? to, CancellationToken cancellationToken)
    {
        var folder = options.Value.ReportDirectory;
        if (!Directory.Exists(folder))
        {
            return ([], 0);
        }

        var reports = new List<IngestReport>();
        var unreadable = 0;
        foreach (var file in Directory.EnumerateFiles(folder, "*.json"))
        {
            try
            {
                await using var stream = File.OpenRead(file);
                if (await JsonSerializer.DeserializeAsync<IngestReport>(stream, IngestReportFiles.Json, cancellationToken) is { DryRun: false } report
                    && report.FinishedAt >= from && (to is null || report.FinishedAt < to))
                {
                    reports.Add(report);
                }
            }
            catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException or NotSupportedException)
            {
                unreadable++;
                Unreadable(logger, e.GetType().Name);
            }
        }

        return ([.. reports.OrderBy(r => r.FinishedAt)], unreadable);
    }

    [LoggerMessage(EventId = 12001, Level = LogLevel.Warning, Message = "An ingest report in the report folder could not be read ({ExceptionType}); the data-quality report leaves it out")]
    private static partial void Unreadable(ILogger logger, string exceptionType);
}
