namespace FamilyContext.Plugin.Services;

/// <summary>The services the panel shows, keyed by id (configuration section <c>FamilyContext:Services</c>).</summary>
public sealed class ServiceCatalogueOptions
{
    public const string SectionName = "FamilyContext:Services";

    public Dictionary<string, ServiceDefinition> Services { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}
