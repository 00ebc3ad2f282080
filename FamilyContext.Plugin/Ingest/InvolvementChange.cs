using FamilyContext.Plugin.Store;

namespace FamilyContext.Plugin.Ingest;

/// <summary>
/// Involvements that started or ended against the extract in service: a record current now and not before
/// (new, or historic before) started; a record current before and not now (historic now, or gone) ended. The
/// previous extract's current record ids are kept as 64-bit hashes, so a million of them take tens of megabytes.
/// </summary>
internal sealed class InvolvementChange
{
    private readonly HashSet<ulong>? _previouslyCurrent;

    private InvolvementChange(HashSet<ulong>? previouslyCurrent) => _previouslyCurrent = previouslyCurrent;

    private long _started;
    private bool _complete;

    /// <summary>Records current now and not before; null when no extract was in service, or the file was not read to its end.</summary>
    public long? Started => _complete && _previouslyCurrent is not null ? _started : null;

    /// <summary>Records current before and not now; null when no extract was in service, or the file was not read to its end.</summary>
    public long? Ended => _complete ? _previouslyCurrent?.Count : null;

    public static async Task<InvolvementChange> ReadAsync(IRecordStore store, string serviceId, SourceMetadata? previous, CancellationToken cancellationToken)
    {
        if (previous is null)
        {
            return new InvolvementChange(null);
        }

        var current = new HashSet<ulong>();
        await foreach (var id in store.GetCurrentRecordIdsAsync(serviceId, cancellationToken))
        {
            current.Add(Hash(id));
        }

        return new InvolvementChange(current);
    }

    public void Saw(ServiceRecord record)
    {
        if (_previouslyCurrent is not null && record.Involvement == Involvement.Current && !_previouslyCurrent.Remove(Hash(record.RecordId)))
        {
            _started++;
        }
    }

    /// <summary>Every row of the file has been seen: the counts are whole.</summary>
    public void Complete() => _complete = true;

    /// <summary>FNV-1a over the id's characters: stable, and 64 bits keep collisions out of a million ids.</summary>
    private static ulong Hash(string id)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in id)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }
}
