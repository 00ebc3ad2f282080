using Microsoft.Extensions.Internal;

namespace FamilyContext.Plugin.Time;

/// <summary>
/// Gives <see cref="Microsoft.Extensions.Caching.Memory.MemoryCache"/> the service's <see cref="TimeProvider"/>, so the
/// memory tier judges expiry by the same clock that computed it (a test clock and the system clock must never meet).
/// </summary>
internal sealed class TimeProviderClock(TimeProvider time) : ISystemClock
{
    public DateTimeOffset UtcNow => time.GetUtcNow();
}
