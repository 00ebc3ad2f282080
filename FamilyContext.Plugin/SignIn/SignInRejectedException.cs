namespace FamilyContext.Plugin.SignIn;

/// <summary>A sign-in response was refused. <see cref="Reason"/> is short, machine-readable and safe to log; it never holds a token.</summary>
public sealed class SignInRejectedException(string reason, Exception? innerException = null)
    : Exception($"Sign-in refused: {reason}", innerException)
{
    public string Reason { get; } = reason;
}
