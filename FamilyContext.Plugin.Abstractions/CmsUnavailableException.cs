namespace FamilyContext.Plugin.Abstractions;

/// <summary>The CMS could not be asked: timeout, server error, or an answer that could not be understood.</summary>
public sealed class CmsUnavailableException : CmsException
{
    /// <summary>Creates the exception.</summary>
    public CmsUnavailableException(string message, Exception? innerException = null) : base(message, innerException)
    {
    }
}
