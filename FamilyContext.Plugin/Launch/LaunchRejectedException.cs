namespace FamilyContext.Plugin.Launch;

/// <summary>A launch token was refused. <see cref="Exception.Message"/> is safe to show and to log: it holds no token.</summary>
public sealed class LaunchRejectedException : Exception
{
    public LaunchRejectedException(string reason, string message, Exception? innerException = null) : base(message, innerException) =>
        Reason = reason;

    /// <summary>A short machine-readable reason, e.g. <c>expired</c>, <c>replayed</c>, <c>bad-signature</c>.</summary>
    public string Reason { get; }

    /// <summary>The worker the token names, once its signature has been verified (e.g. a replay); null before that, as an unverified claim proves nothing.</summary>
    public string? WorkerId { get; init; }

    /// <summary>The child the token names, once its signature has been verified; null before that.</summary>
    public string? ChildId { get; init; }
}
