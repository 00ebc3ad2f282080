namespace FamilyContext.Plugin.SignIn;

/// <summary>What this browser's sign-in attempt must match when the provider sends it back; kept in a protected cookie.</summary>
internal sealed record SignInState(string State, string Nonce, string CodeVerifier, string ReturnUrl, DateTimeOffset StartedAt);
