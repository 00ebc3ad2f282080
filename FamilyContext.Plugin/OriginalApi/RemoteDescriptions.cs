using System.Collections.Concurrent;
using FamilyContext.Plugin.Store;

namespace FamilyContext.Plugin.OriginalApi;

/// <summary>
/// What the remote last said about each service (how current its data is, its coverage), kept only for a bounded time:
/// past <see cref="RemoteSourceOptions.DescriptionLifetime"/> the remote must say it again. Also the last remote person
/// seen, whose service summaries can be asked for when a search finds nobody.
/// </summary>
internal sealed class RemoteDescriptions(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, (SourceMetadata Metadata, DateTimeOffset LearntAt)> _described = new(StringComparer.Ordinal);
    private volatile string? _lastPersonSeen;

    public string? LastPersonSeen => _lastPersonSeen;

    public SourceMetadata Remember(SourceMetadata metadata)
    {
        _described[metadata.ServiceId] = (metadata, time.GetUtcNow());
        return metadata;
    }

    public void Seen(string remotePersonId) => _lastPersonSeen = remotePersonId;

    public void Forget(string remotePersonId) => Interlocked.CompareExchange(ref _lastPersonSeen, null, remotePersonId);

    /// <summary>The remote's own description of the service if it gave it within <paramref name="lifetime"/>; otherwise null.</summary>
    public SourceMetadata? Recent(string serviceId, TimeSpan lifetime) =>
        _described.TryGetValue(serviceId, out var d) && time.GetUtcNow() - d.LearntAt <= lifetime ? d.Metadata : null;
}
