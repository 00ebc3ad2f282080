namespace FamilyContext.Plugin.SharedState;

/// <summary>
/// The shared state behind launches and panel sessions (the distributed cache: Redis when configured) could not be
/// reached. Launches and panels then fail closed: a token whose single use cannot be checked is not accepted.
/// </summary>
public sealed class SharedStateUnavailableException(Exception innerException)
    : Exception("The shared session store could not be reached.", innerException);
