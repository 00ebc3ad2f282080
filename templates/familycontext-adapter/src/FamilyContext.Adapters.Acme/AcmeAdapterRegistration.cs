using FamilyContext.Plugin.Abstractions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyContext.Adapters.Acme;

/// <summary>The Acme adapter's plug-in entry point: <c>FamilyContext.Adapters.Acme.AcmeAdapterRegistration</c>.</summary>
public sealed class AcmeAdapterRegistration : ICmsAdapterRegistration
{
    public string SystemName => "Acme";

    public void Register(IServiceCollection services, IConfiguration configuration) => services.AddAcmeAdapter(configuration);
}
