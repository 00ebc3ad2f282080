using FamilyContext.Plugin.Abstractions;
using FamilyContext.Plugin.Lookup;
using FamilyContext.Plugin.Services;

namespace FamilyContext.Plugin.Demo;

/// <summary>Wraps the demo's source so that a service switched off on the /demo page fails as a real outage would.</summary>
internal sealed class DemoOutageSource(IInvolvementSource inner, DemoOutageSwitch outages) : IInvolvementSource
{
    public Task<SourceAnswer> FindAsync(ServiceDefinition service, CmsPerson person, CancellationToken cancellationToken) =>
        outages.IsDown(service.Id)
            ? throw new SourceUnavailableException($"{service.Name} is not responding (demo outage).")
            : inner.FindAsync(service, person, cancellationToken);
}
