using FamilyContext.Plugin.Access;
using FamilyContext.Plugin.Launch;
using FamilyContext.Plugin.Lookup;
using FamilyContext.Plugin.Panel;
using FamilyContext.Plugin.Store;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace FamilyContext.Plugin.Demo;

/// <summary>Registers the embedded demo when it is enabled: its CMS, its launch key, its outage switch, and its seeding.</summary>
internal static class DemoServiceCollectionExtensions
{
    public const string DemoLaunchName = "demo";

    public static bool IsDemoEnabled(this IConfiguration configuration) =>
        (configuration.GetSection(DemoOptions.SectionName).Get<DemoOptions>() ?? new DemoOptions()).Enabled;

    public static IServiceCollection AddDemo(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddOptions<DemoOptions>().Bind(configuration.GetSection(DemoOptions.SectionName));
        if (!configuration.IsDemoEnabled())
        {
            return services;
        }

        // The demo writes synthetic extracts into the store, adds its own launch issuer and access rule, and serves
        // /demo without sign-in. Beside a real CMS that would overwrite real data and open real records to anyone.
        var system = configuration[$"{Cms.CmsOptions.SectionName}:System"] ?? "Demo";
        if (!string.Equals(system.Trim(), DemoCmsAdapter.Name, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(
                $"{DemoOptions.SectionName}:Enabled is true while {Cms.CmsOptions.SectionName}:System is '{system}'. " +
                $"The demo must never run beside a real CMS: set {DemoOptions.SectionName}:Enabled to false.");
        }

        services.AddSingleton(sp =>
        {
            var configured = sp.GetRequiredService<IOptions<DemoOptions>>().Value.CmsConnectionString;
            return new DemoCmsDatabase(configured
                ?? new SqliteConnectionStringBuilder { DataSource = Path.Combine(environment.ContentRootPath, ".data", "demo-cms.db") }.ToString());
        });
        services.AddSingleton<DemoLaunchKey>();
        services.AddSingleton<DemoOutageSwitch>();
        services.AddSingleton<DemoSeeder>();
        services.AddSingleton<DemoUsageHistory>();
        services.AddKeyedSingleton<IInvolvementSource>(SourceKinds.Local, (sp, _) =>
            new DemoOutageSource(new LocalStoreSource(sp.GetRequiredService<IRecordStore>()), sp.GetRequiredService<DemoOutageSwitch>()));
        // The demo council lets its demo workers in by group, as a council would permit its children's services staff.
        services.PostConfigure<AccessOptions>(access => access.Rules.Add(new ConfiguredAccessRule { Kind = AccessSubjectKind.Group, Subject = DemoLaunchKey.WorkersGroup }));
        services.PostConfigure<PanelOptions>(panel => panel.DemoBannerSystems.Add(DemoCmsAdapter.Name));
        services.AddOptions<LaunchOptions>().PostConfigure<DemoLaunchKey>((launch, key) =>
            launch.Issuers[DemoLaunchName] = new LaunchIssuerOptions { Issuer = DemoLaunchKey.Issuer, JsonWebKeySet = key.PublicJwks() });
        return services;
    }
}
