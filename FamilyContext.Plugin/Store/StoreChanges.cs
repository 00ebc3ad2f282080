namespace FamilyContext.Plugin.Store;

/// <summary>
/// Tells this process at once that a store replaced a service's extract; other processes (the ingest command
/// line, other instances) are seen through <see cref="IRecordStore.GetGenerationsAsync"/>.
/// </summary>
public sealed class StoreChanges
{
    private long _version;

    /// <summary>Grows by one every time this process replaces an extract.</summary>
    public long Version => Interlocked.Read(ref _version);

    internal void Replaced() => Interlocked.Increment(ref _version);
}
