namespace FamilyContext.Plugin.Lookup.Caching;

/// <summary>The lookup cache (configuration section <c>FamilyContext:Cache</c>).</summary>
public sealed class LookupCacheOptions
{
    public const string SectionName = "FamilyContext:Cache";

    /// <summary>Cache source answers. On by default; off only to measure or diagnose.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How many answers the in-process tier holds at most. Default 50,000.</summary>
    public int MemoryEntryLimit { get; set; } = 50_000;

    /// <summary>How often the store is asked whether another process loaded an extract. Default 5 seconds.</summary>
    public TimeSpan GenerationCheckInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>After Redis fails, how long lookups skip it before trying again. Default 10 seconds.</summary>
    public TimeSpan RedisRetryAfter { get; set; } = TimeSpan.FromSeconds(10);
}
