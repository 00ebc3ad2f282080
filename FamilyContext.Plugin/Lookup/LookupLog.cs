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

    [LoggerMessage(EventId = 2005, Level = LogLevel.Warning, Message = "The distributed lookup cache failed with {ExceptionType}; lookups go straight to the sources and try the cache again after {RetrySeconds} s")]
    public static partial void CacheDown(ILogger logger, string exceptionType, double retrySeconds);

    [LoggerMessage(EventId = 2006, Level = LogLevel.Information, Message = "The distributed lookup cache is answering again")]
    public static partial void CacheBack(ILogger logger);

    [LoggerMessage(EventId = 2007, Level = LogLevel.Warning, Message = "Source for service {ServiceId} failed repeatedly: not asked for {BreakSeconds} s")]
    public static partial void CircuitOpened(ILogger logger, string serviceId, double breakSeconds);

    [LoggerMessage(EventId = 2008, Level = LogLevel.Warning, Message = "Remote source for service {ServiceId} answered {Problem}")]
    public static partial void RemoteProblem(ILogger logger, string serviceId, string problem);

    [LoggerMessage(EventId = 2009, Level = LogLevel.Warning, Message = "Clerical reviews for service {ServiceId} could not be read ({ExceptionType}); possible matches stay possible")]
    public static partial void ReviewsUnreadable(ILogger logger, string serviceId, string exceptionType);
}
