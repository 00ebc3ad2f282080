using FamilyContext.Plugin.Abstractions;
using FamilyContext.Plugin.Lookup.Matching;
using FamilyContext.Plugin.Services;
using FamilyContext.Plugin.Store;

namespace FamilyContext.Plugin.Lookup;

/// <summary>Finds a person's records in the local store's extract for a service.</summary>
internal sealed class LocalStoreSource(IRecordStore store) : IInvolvementSource
{
    public async Task<SourceAnswer> FindAsync(ServiceDefinition service, CmsPerson person, CancellationToken cancellationToken)
    {
        var metadata = await store.GetMetadataAsync(service.Id, cancellationToken)
            ?? throw new SourceUnavailableException($"No {service.Name} extract has been loaded yet.");
        var candidates = await store.FindCandidatesAsync(service.Id, MatchKeys.For(person), cancellationToken);
        var matches = candidates
            .Select(record => new MatchedRecord(record, PersonMatcher.Match(person, record.Person)))
            .Where(m => m.Match.Level != MatchLevel.None)
            .OrderByDescending(m => m.Match.Level)
            .ThenByDescending(m => m.Match.Score)
            .ThenBy(m => m.Record.RecordId, StringComparer.Ordinal)
            .ToList();
        return new SourceAnswer(matches, metadata);
    }
}
