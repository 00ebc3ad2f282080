using FamilyContext.Plugin.Abstractions;

namespace FamilyContext.Plugin.Cms;

/// <summary>
/// Registers the one CMS adapter the configuration names: a built-in one the composition root passes in, or a plug-in found by
/// configuration (<see cref="CmsPluginLoader"/>). The host names no adapter. An unknown name, a plug-in that cannot
/// be loaded, or a missing or bad adapter setting stops start-up (adapters validate their options on start).
/// </summary>
internal static class CmsServiceCollectionExtensions
{
    public static IServiceCollection AddCms(this IServiceCollection services, IConfiguration configuration, params ICmsAdapterRegistration[] builtIn)
    {
        var options = configuration.GetSection(CmsOptions.SectionName).Get<CmsOptions>() ?? new CmsOptions();
        services.AddSingleton(options);
        var system = options.System.Trim();
        var registration = builtIn.FirstOrDefault(r => string.Equals(r.SystemName, system, StringComparison.OrdinalIgnoreCase))
            ?? CmsPluginLoader.Load(system, options);
        registration.Register(services, configuration);
        if (!services.Any(d => d.ServiceType == typeof(ICmsAdapter)))
        {
            throw new InvalidOperationException(
                $"The '{system}' adapter plug-in ({registration.GetType().FullName}) registered no {nameof(ICmsAdapter)}: its Register method must add one.");
        }

        return services;
    }

    /// <summary>The CMS health check (a readiness check of <c>/health/ready</c>), also run once at start (see <see cref="CmsHealthCheck"/>).</summary>
    public static IServiceCollection AddCmsHealth(this IServiceCollection services)
    {
        services.AddSingleton<CmsHealthCheck>();
        services.AddHostedService<CmsStartupCheck>();
        return services;
    }
}
