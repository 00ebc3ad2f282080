using Microsoft.Extensions.Logging;

namespace FamilyContext.Plugin.OriginalApi;

/// <summary>Original API log messages: client names, operations and opaque CMS ids only.</summary>
internal static partial class OriginalApiLog
{
    [LoggerMessage(EventId = 2101, Level = LogLevel.Information, Message = "Original API client {Client}: {Operation} for person {PersonId}")]
    public static partial void Served(ILogger logger, string client, string operation, string personId);

    [LoggerMessage(EventId = 2102, Level = LogLevel.Warning, Message = "Original API request to {Path} refused: no valid client key")]
    public static partial void Refused(ILogger logger, string path);

    [LoggerMessage(EventId = 2103, Level = LogLevel.Information, Message = "Original API client {Client}: person search, page {Page} of {PerPage}, {Total} found")]
    public static partial void Searched(ILogger logger, string client, int page, int perPage, int total);
}
