namespace FamilyContext.Plugin.Lookup.Caching;

/// <summary>A source's answer as the cache holds it, with when it stops being served (by the injected clock).</summary>
internal sealed record CachedAnswer(SourceAnswer Answer, DateTimeOffset ExpiresAt);
