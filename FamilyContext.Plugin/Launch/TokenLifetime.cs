namespace FamilyContext.Plugin.Launch;

/// <summary>
/// The lifetime rule for every token this service accepts (launch tokens and id_tokens), judged by the injected clock:
/// it must have an expiry, not be expired, and not be not-yet-valid, each allowing the clock skew.
/// </summary>
internal static class TokenLifetime
{
    /// <remarks>Arithmetic is done on <paramref name="now"/> only: a token's dates may be DateTime.MinValue or MaxValue.</remarks>
    public static bool IsCurrent(DateTime? notBefore, DateTime? expires, DateTime now, TimeSpan clockSkew) =>
        expires is DateTime exp && now - clockSkew <= exp && (notBefore is not DateTime nbf || nbf <= now + clockSkew);
}
