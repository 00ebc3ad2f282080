namespace FamilyContext.Plugin.Tests.Support;

/// <summary>A clock the test sets. Timers are not supported: a test that needs one fails loudly.</summary>
public sealed class ManualTimeProvider(DateTimeOffset now) : TimeProvider
{
    private DateTimeOffset _now = now;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Set(DateTimeOffset now) => _now = now;

    public void Advance(TimeSpan by) => _now += by;
}
