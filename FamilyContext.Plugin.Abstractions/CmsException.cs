namespace FamilyContext.Plugin.Abstractions;

/// <summary>Base of the three failures an adapter may report. Messages carry no personal data.</summary>
public abstract class CmsException : Exception
{
    /// <summary>Creates the exception.</summary>
    protected CmsException(string message, Exception? innerException = null) : base(message, innerException)
    {
    }
}
