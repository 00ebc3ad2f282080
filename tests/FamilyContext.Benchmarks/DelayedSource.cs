using FamilyContext.Plugin.Abstractions;
using FamilyContext.Plugin.Lookup;
using FamilyContext.Plugin.Services;

namespace FamilyContext.Benchmarks;

/// <summary>A source that answers only after a fixed delay, standing in for a slow remote system.</summary>
internal sealed class DelayedSource(IInvolvementSource inner, TimeSpan delay) : IInvolvementSource
{
    public async Task<SourceAnswer> FindAsync(ServiceDefinition service, CmsPerson person, CancellationToken cancellationToken)
    {
        await Task.Delay(delay, cancellationToken);
        return await inner.FindAsync(service, person, cancellationToken);
    }
}
