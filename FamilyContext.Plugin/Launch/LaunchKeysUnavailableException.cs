namespace FamilyContext.Plugin.Launch;

/// <summary>
/// A CMS's published keys could not be fetched, and no key set held from an earlier fetch can check the token. The
/// launch is refused with the clean 503 page: the link may be good, but it cannot be checked now.
/// </summary>
public sealed class LaunchKeysUnavailableException(string cms, Exception? innerException = null)
    : Exception($"The signing keys of {cms} could not be fetched.", innerException);
