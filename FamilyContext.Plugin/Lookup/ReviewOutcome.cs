namespace FamilyContext.Plugin.Lookup;

/// <summary>What a worker recorded about a possible match after checking with the practitioner.</summary>
public enum ReviewOutcome
{
    /// <summary>The practitioner confirmed the record is this person's.</summary>
    Confirmed = 1,
    /// <summary>The record is not this person's.</summary>
    Rejected = 2,
}
