using FamilyContext.Plugin.Abstractions;
using FamilyContext.Plugin.Services;

namespace FamilyContext.Plugin.Lookup;

/// <summary>
/// Where a service's records come from: the local store or a remote Family Context API. Implementations
/// throw <see cref="SourceUnavailableException"/> (or any exception, or time out) when they cannot answer;
/// the lookup turns all of those into Unavailable, never into No record.
/// </summary>
public interface IInvolvementSource
{
    Task<SourceAnswer> FindAsync(ServiceDefinition service, CmsPerson person, CancellationToken cancellationToken);
}
