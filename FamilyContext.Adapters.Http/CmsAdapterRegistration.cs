using FamilyContext.Plugin.Abstractions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FamilyContext.Adapters.Http;

/// <summary>Registers an HTTP CMS adapter the same way for every vendor.</summary>
public static class CmsAdapterRegistration
{
    /// <summary>
    /// Binds <typeparamref name="TOptions"/> from <paramref name="section"/>, validates it at start-up, registers
    /// the named HTTP client (its primary handler can be replaced by name) and the adapter as the singleton
    /// <see cref="ICmsAdapter"/>.
    /// </summary>
    public static IServiceCollection AddCmsAdapter<TAdapter, TOptions>(this IServiceCollection services,
        IConfiguration configuration, string section, string httpClientName, Action<TOptions>? configure)
        where TAdapter : class, ICmsAdapter
        where TOptions : CmsConnectionOptions
    {
        var options = services.AddOptions<TOptions>().Bind(configuration.GetSection(section));
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.ValidateOnStart();
        services.AddSingleton<IValidateOptions<TOptions>>(new CmsConnectionOptionsValidator<TOptions>(section));
        // One long-lived client per adapter: the socket handler recycles connections itself, so DNS changes are seen.
        services.AddHttpClient(httpClientName)
            .ConfigureHttpClient(client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<TAdapter>();
        services.AddSingleton<ICmsAdapter>(sp => sp.GetRequiredService<TAdapter>());
        return services;
    }
}
