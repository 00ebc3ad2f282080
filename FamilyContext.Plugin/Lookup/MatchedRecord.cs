using FamilyContext.Plugin.Lookup.Matching;
using FamilyContext.Plugin.Store;

namespace FamilyContext.Plugin.Lookup;

/// <summary>A source record with how well it matched the person.</summary>
public sealed record MatchedRecord(ServiceRecord Record, MatchResult Match)
{
    /// <summary>A possible match a worker confirmed; null for a record the matcher confirmed itself.</summary>
    public ClericalReview? Review { get; init; }
}
