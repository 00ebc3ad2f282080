using FamilyContext.Plugin.Lookup.Matching;
using FamilyContext.Plugin.Store;

namespace FamilyContext.Plugin.Lookup;

/// <summary>A source record with how well it matched the person.</summary>
public sealed record MatchedRecord(ServiceRecord Record, MatchResult Match)
{
    /// <summary>A possible match a worker confirmed; null for a record the matcher confirmed itself.</summary>
    public ClericalReview? Review { get; init; }

    /// <summary>
    /// The source itself holds this as a possible match and withholds its content (a remote Family Context service):
    /// it stays a possible match here whatever is reviewed here, since only a confirmation at the source can release what it says.
    /// </summary>
    public bool WithheldBySource { get; init; }
}
