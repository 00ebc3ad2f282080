namespace FamilyContext.Plugin.Lookup.Matching;

/// <summary>A scored comparison of a CMS person with a service record, with the evidence in plain words.</summary>
public sealed record MatchResult(int Score, MatchLevel Level, IReadOnlyList<string> Agreed, IReadOnlyList<string> Disagreed);
