namespace FamilyContext.Plugin.MatchReview;

/// <summary>Clerical reviews of possible matches. Read on every lookup that finds a possible match, so a review applies at once on every instance.</summary>
public interface IMatchReviewStore
{
    Task InitialiseAsync(CancellationToken cancellationToken);

    /// <summary>Keeps a new review and returns it with its id. It replaces any review in force for the same person and record.</summary>
    Task<MatchDecision> AddAsync(MatchDecision decision, CancellationToken cancellationToken);

    /// <summary>The reviews in force for one CMS person and one service.</summary>
    Task<IReadOnlyList<MatchDecision>> InForceAsync(string cms, string personId, string serviceId, CancellationToken cancellationToken);

    /// <summary>The reviews in force for these CMS people, every service.</summary>
    Task<IReadOnlyList<MatchDecision>> InForceAsync(string cms, IReadOnlyCollection<string> personIds, CancellationToken cancellationToken);

    /// <summary>The newest reviews first, reversed ones too.</summary>
    Task<IReadOnlyList<MatchDecision>> ListAsync(int limit, CancellationToken cancellationToken);

    /// <summary>Reverses a review in force and returns it as reversed, or null when there is no such review in force.</summary>
    Task<MatchDecision?> ReverseAsync(long id, string reversedBy, DateTimeOffset at, string reason, CancellationToken cancellationToken);
}
