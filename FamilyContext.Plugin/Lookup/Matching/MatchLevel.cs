namespace FamilyContext.Plugin.Lookup.Matching;

/// <summary>How sure the matcher is that a record is the person's.</summary>
public enum MatchLevel
{
    /// <summary>Below the possible threshold: the record is dropped.</summary>
    None = 0,
    /// <summary>Weaker evidence: shown only as "Possible match — check before relying on it".</summary>
    Possible,
    /// <summary>Strong evidence: shown as Current or Historic.</summary>
    Confirmed,
}
