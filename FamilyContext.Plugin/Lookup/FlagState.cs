namespace FamilyContext.Plugin.Lookup;

/// <summary>The state of one service's flag for one person (DESIGN.md 3.3).</summary>
public enum FlagState
{
    /// <summary>A confirmed record with involvement now.</summary>
    Current,
    /// <summary>Confirmed involvement in the coverage period, now ended.</summary>
    Historic,
    /// <summary>The source was checked and holds nothing for this person within its coverage.</summary>
    NoRecord,
    /// <summary>An age or cohort rule excludes this person from this service.</summary>
    NotChecked,
    /// <summary>The source could not be checked. Never shown as <see cref="NoRecord"/>.</summary>
    Unavailable,
    /// <summary>A record matched on weaker evidence: check before relying on it.</summary>
    PossibleMatch,
    /// <summary>A data-sharing rule keeps this service from the worker's team: nothing about the person is said. Never shown as <see cref="NoRecord"/>.</summary>
    NotShared,
}
