using System.Collections.Concurrent;

namespace FamilyContext.Plugin.Lookup;

/// <summary>Remembers when each service's source last answered, so Unavailable can say when it was last good.</summary>
internal sealed class SourceHealthTracker(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _lastGood = new(StringComparer.Ordinal);

    public void Succeeded(string serviceId) => _lastGood[serviceId] = time.GetUtcNow();

    public DateTimeOffset? LastGood(string serviceId) => _lastGood.TryGetValue(serviceId, out var at) ? at : null;
}
