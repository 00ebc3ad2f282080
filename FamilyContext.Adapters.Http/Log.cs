using Microsoft.Extensions.Logging;

namespace FamilyContext.Adapters.Http;

// Event ids 3100-3199 belong to the CMS adapters. Never log names, dates of birth, addresses or tokens.
internal static partial class Log
{
    [LoggerMessage(EventId = 3101, Level = LogLevel.Warning,
        Message = "{System} relationship code '{Code}' is not in the mapping file; it is shown as Other with the CMS wording. Add it to the mapping file.")]
    public static partial void UnknownRelationshipCode(ILogger logger, string system, string code);

    // 3102 was "access token obtained": never logged, so removed; the id is not reused.

    [LoggerMessage(EventId = 3103, Level = LogLevel.Information,
        Message = "{System} answered 401 to {Endpoint}; refreshing the access token and retrying once.")]
    public static partial void RefreshingAfterUnauthorized(ILogger logger, string system, string endpoint);

    [LoggerMessage(EventId = 3104, Level = LogLevel.Warning,
        Message = "{System} call to {Endpoint} failed transiently ({Outcome}); retry {Attempt} after {Delay}.")]
    public static partial void RetryingTransientFailure(ILogger logger, string system, string endpoint, string outcome, int attempt, TimeSpan delay);

    [LoggerMessage(EventId = 3105, Level = LogLevel.Error,
        Message = "{System} call to {Endpoint} failed: {Reason}.")]
    public static partial void CmsUnavailable(ILogger logger, string system, string endpoint, string reason);

    [LoggerMessage(EventId = 3106, Level = LogLevel.Warning,
        Message = "{System} duplicate-record chain is longer than {Limit}; the rest of the chain is ignored.")]
    public static partial void DuplicateChainTooLong(ILogger logger, string system, int limit);

    [LoggerMessage(EventId = 3107, Level = LogLevel.Error,
        Message = "{System} answered 404 to {Endpoint} and its health check failed ({Health}): a configuration error (check BaseUrl and the routes), not a person missing.")]
    public static partial void NotFoundFromUnhealthyCms(ILogger logger, string system, string endpoint, string health);
}
