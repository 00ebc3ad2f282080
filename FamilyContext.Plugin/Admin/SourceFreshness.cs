namespace FamilyContext.Plugin.Admin;

/// <summary>One source's freshness for the admin pages: <c>Fresh</c>, <c>Stale</c> (older than the service's limit), <c>Never loaded</c> or <c>Unreadable</c>.</summary>
public sealed record SourceFreshness(string ServiceId, string Name, DateTimeOffset? CurrentAsOf, DateTimeOffset? LoadedAt, int RecordCount, string Status);
