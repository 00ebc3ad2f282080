using Microsoft.Extensions.Logging;

namespace FamilyContext.Plugin.Audit;

/// <summary>
/// Says at start-up where the trail stands, so a trail that went missing (a wrong path, a deleted file) is never
/// replaced by a new chain in silence: an empty trail is a warning naming the setting to check.
/// </summary>
internal static partial class AuditStartLog
{
    public static async Task ReportAsync(IAuditStore store, ILogger logger, CancellationToken cancellationToken)
    {
        var newest = await store.SearchAsync(new AuditQuery(Limit: 1), cancellationToken);
        if (newest is [var head])
        {
            Continues(logger, head.Sequence);
        }
        else
        {
            Empty(logger, AuditOptions.SectionName);
        }
    }

    [LoggerMessage(EventId = 5010, Level = LogLevel.Information, Message = "Audit trail continues after record {Sequence}")]
    private static partial void Continues(ILogger logger, long sequence);

    [LoggerMessage(EventId = 5011, Level = LogLevel.Warning,
        Message = "The audit trail is empty, so a new chain starts here. If this service has run before, its trail is missing: check {Section}:ConnectionString")]
    private static partial void Empty(ILogger logger, string section);
}
