namespace FamilyContext.Plugin.Lookup;

/// <summary>A source could not answer. The message is shown to the worker, so it carries no personal data.</summary>
public sealed class SourceUnavailableException : Exception
{
    public SourceUnavailableException(string message, Exception? innerException = null) : base(message, innerException)
    {
    }
}
