using Microsoft.Extensions.Logging;

namespace FamilyContext.Plugin.Lookup;

/// <summary>Lookup log messages. Service ids and reasons only: never a person's details.</summary>
internal static partial class LookupLog
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Warning, Message = "Source for service {ServiceId} did not answer within its {BudgetMs} ms budget")]
    public static partial void SourceTimedOut(ILogger logger, string serviceId, double budgetMs);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Warning, Message = "Source for service {ServiceId} is unavailable: {Reason}")]
    public static partial void SourceUnavailable(ILogger logger, string serviceId, string reason);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Error, Message = "Source for service {ServiceId} failed with {ExceptionType}")]
    public static partial void SourceFailed(ILogger logger, string serviceId, string exceptionType);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Warning, Message = "Source for service {ServiceId} holds data current as of {CurrentAsOf:O}, older than its {StaleAfterHours} hour limit")]
    public static partial void SourceStale(ILogger logger, string serviceId, DateTimeOffset currentAsOf, double staleAfterHours);
}
