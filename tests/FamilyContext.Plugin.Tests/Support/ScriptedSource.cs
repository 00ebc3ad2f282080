using FamilyContext.Plugin.Abstractions;
using FamilyContext.Plugin.Lookup;
using FamilyContext.Plugin.Services;
using FamilyContext.Plugin.Store;

namespace FamilyContext.Plugin.Tests.Support;

/// <summary>
/// A source wrapper that fails or stalls for the services a test names, and otherwise asks the real local store.
/// </summary>
public sealed class ScriptedSource(IRecordStore store) : IInvolvementSource
{
    private readonly LocalStoreSource _real = new(store);

    public HashSet<string> Failing { get; } = new(StringComparer.Ordinal);

    /// <summary>Services whose source never answers (until cancelled).</summary>
    public HashSet<string> Hanging { get; } = new(StringComparer.Ordinal);

    /// <summary>Services whose source answers with something it should not (an unexpected exception type).</summary>
    public HashSet<string> Broken { get; } = new(StringComparer.Ordinal);

    public async Task<SourceAnswer> FindAsync(ServiceDefinition service, CmsPerson person, CancellationToken cancellationToken)
    {
        if (Failing.Contains(service.Id))
        {
            throw new SourceUnavailableException($"{service.Name} is not responding.");
        }

        if (Broken.Contains(service.Id))
        {
            throw new FormatException("garbage from the source");
        }

        if (Hanging.Contains(service.Id))
        {
            // Ignores the token on purpose: the lookup must still give up at the time budget.
            await Task.Delay(Timeout.InfiniteTimeSpan, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30), CancellationToken.None);
        }

        return await _real.FindAsync(service, person, cancellationToken);
    }
}
