namespace FamilyContext.Plugin.Access;

/// <summary>Request limits (configuration section <c>FamilyContext:RateLimits</c>).</summary>
public sealed class RateLimitOptions
{
    public const string SectionName = "FamilyContext:RateLimits";

    /// <summary>Panels and details one worker may open per minute. Default 120.</summary>
    public int WorkerRequestsPerMinute { get; set; } = 120;

    /// <summary>Launch and sign-in attempts one client address may make per minute. Default 60.</summary>
    public int AddressAttemptsPerMinute { get; set; } = 60;

    /// <summary>Refusals recorded one by one per client address per minute; the rest are counted into one summary record. Default 20.</summary>
    public int RefusalRecordsPerMinute { get; set; } = 20;
}
