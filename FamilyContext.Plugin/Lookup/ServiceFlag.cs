using FamilyContext.Plugin.Lookup.Matching;

namespace FamilyContext.Plugin.Lookup;

/// <summary>One service's flag for one person, with everything the closed view says about it.</summary>
/// <param name="ServiceId">The service id.</param>
/// <param name="ServiceName">The service's display name.</param>
/// <param name="State">The flag's state.</param>
/// <param name="Reason">Not checked: the rule that excluded the person. Unavailable: why the source could not be checked.</param>
/// <param name="CurrentAsOf">When the source's data was current ("last updated"); null when unknown.</param>
/// <param name="LastGood">Unavailable: when this source last answered; null when it has not since start-up.</param>
/// <param name="NoRecordMeans">What "No record" covers for this service.</param>
/// <param name="ContactWhenUnavailable">Unavailable: who to contact instead.</param>
/// <param name="CoverageExplanation">The source's own coverage explanation.</param>
/// <param name="Evidence">Possible match: the evidence of the best possible record.</param>
public sealed record ServiceFlag(
    string ServiceId,
    string ServiceName,
    FlagState State,
    string? Reason,
    DateTimeOffset? CurrentAsOf,
    DateTimeOffset? LastGood,
    string NoRecordMeans,
    string? ContactWhenUnavailable,
    string? CoverageExplanation,
    MatchResult? Evidence)
{
    /// <summary>Current or Historic only because a worker confirmed a possible match: who and when. Null otherwise.</summary>
    public ClericalReview? ConfirmedBy { get; init; }

    /// <summary>A sharing rule asks the worker for a reason before this service's details open.</summary>
    public bool ReasonRequired { get; init; }
}
