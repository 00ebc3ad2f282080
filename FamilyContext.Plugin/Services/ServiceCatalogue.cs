using Microsoft.Extensions.Options;

namespace FamilyContext.Plugin.Services;

/// <summary>The configured services, in panel order, with their ids filled in from their configuration keys.</summary>
internal sealed class ServiceCatalogue
{
    private readonly Dictionary<string, ServiceDefinition> _byId;

    public ServiceCatalogue(IOptions<ServiceCatalogueOptions> options)
    {
        foreach (var (id, service) in options.Value.Services)
        {
            service.Id = id.ToLowerInvariant();
        }

        All = [.. options.Value.Services.Values.OrderBy(s => s.Order).ThenBy(s => s.Id, StringComparer.Ordinal)];
        _byId = All.ToDictionary(s => s.Id, StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyList<ServiceDefinition> All { get; }

    public ServiceDefinition? Find(string id) => _byId.GetValueOrDefault(id);
}
