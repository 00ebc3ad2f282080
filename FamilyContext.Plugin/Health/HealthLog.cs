namespace FamilyContext.Plugin.Health;

internal static partial class HealthLog
{
    [LoggerMessage(EventId = 11001, Level = LogLevel.Warning, Message = "Not ready: the readiness checks {Checks} are unhealthy")]
    public static partial void NotReady(ILogger logger, string checks);
}
