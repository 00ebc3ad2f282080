using FamilyContext.Plugin.Store;

namespace FamilyContext.Plugin.Lookup;

/// <summary>A source's answer for one person: the records at or above the possible threshold, and the source's metadata.</summary>
public sealed record SourceAnswer(IReadOnlyList<MatchedRecord> Matches, SourceMetadata Metadata);
