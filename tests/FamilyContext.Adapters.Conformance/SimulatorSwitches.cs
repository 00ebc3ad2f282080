namespace FamilyContext.CmsSimulators;

/// <summary>Faults a test can switch on. They apply to integration-endpoint calls, not to the token endpoint, unless said.</summary>
public sealed class SimulatorSwitches
{
    private int _failNext;

    /// <summary>Delay before every answer.</summary>
    public TimeSpan Latency { get; set; }

    /// <summary>Every call answers 500.</summary>
    public bool AlwaysFail { get; set; }

    /// <summary>Every call answers 200 with a body that is not JSON.</summary>
    public bool MalformedJson { get; set; }

    /// <summary>Every call answers 403.</summary>
    public bool Forbidden { get; set; }

    /// <summary>Every call answers 401, whatever token it carries.</summary>
    public bool RejectAllTokens { get; set; }

    /// <summary>The token endpoint refuses the client credentials (401 invalid_client).</summary>
    public bool RefuseClientCredentials { get; set; }

    /// <summary>
    /// The <c>expires_in</c> the token endpoint answers with: a number (default 3600), a string such as "600" (some
    /// CMSs quote it), or null to leave it out.
    /// </summary>
    public object? TokenExpiresIn { get; set; } = 3600;

    /// <summary>The format every day is written in (e.g. "dd/MM/yyyy"); null for the vendor's own.</summary>
    public string? DateFormat { get; set; }

    /// <summary>When the rows end exactly on a page, say there is another page and serve it empty.</summary>
    public bool EmptyLastPage { get; set; }

    /// <summary>Every page says another follows, for ever.</summary>
    public bool EndlessPaging { get; set; }

    /// <summary>The next <paramref name="count"/> calls answer 500.</summary>
    public void FailNext(int count) => Interlocked.Exchange(ref _failNext, count);

    internal bool TakeFailure() => Interlocked.Decrement(ref _failNext) >= 0;
}
