using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyContext.Plugin.Abstractions;

/// <summary>
/// The entry point of a CMS adapter plug-in. The host finds it by configuration
/// (<c>FamilyContext:Cms:Plugins:{SystemName}:Assembly</c> and <c>:EntryPoint</c>), creates it with its public
/// parameterless constructor, and calls <see cref="Register"/> once at start-up. The host names no adapter itself.
/// </summary>
public interface ICmsAdapterRegistration
{
    /// <summary>The system name this plug-in serves, as written in <c>FamilyContext:Cms:System</c>, e.g. "Mosaic".</summary>
    string SystemName { get; }

    /// <summary>
    /// Registers the adapter as the one <see cref="ICmsAdapter"/>, reading its settings from
    /// <paramref name="configuration"/> and validating them at start-up (a bad setting must stop start-up, naming it).
    /// </summary>
    /// <param name="services">The host's services.</param>
    /// <param name="configuration">The host's whole configuration.</param>
    void Register(IServiceCollection services, IConfiguration configuration);
}
