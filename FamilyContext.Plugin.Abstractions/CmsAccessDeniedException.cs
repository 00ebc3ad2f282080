namespace FamilyContext.Plugin.Abstractions;

/// <summary>The CMS refused the request: the integration's credentials or the worker lack permission.</summary>
public sealed class CmsAccessDeniedException : CmsException
{
    /// <summary>Creates the exception.</summary>
    public CmsAccessDeniedException(string message, Exception? innerException = null) : base(message, innerException)
    {
    }
}
