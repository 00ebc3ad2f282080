using FamilyContext.Plugin.Services;

namespace FamilyContext.Plugin.Lookup;

/// <summary>Gives the source configured for a service (keyed services: <c>Local</c>, <c>Remote</c>).</summary>
internal sealed class SourceResolver(IServiceProvider services)
{
    public IInvolvementSource For(ServiceDefinition service) =>
        services.GetKeyedService<IInvolvementSource>(service.Source)
        ?? throw new SourceUnavailableException($"No source of kind '{service.Source}' is registered for {service.Name}.");
}
