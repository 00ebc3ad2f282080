namespace FamilyContext.Plugin.Lookup;

/// <summary>A service's flag for a person and the records behind it (empty unless Current, Historic or Possible match).</summary>
public sealed record ServiceCheck(ServiceFlag Flag, IReadOnlyList<MatchedRecord> Records);
