using System.Text.Json.Serialization;
using FamilyContext.Plugin.Access;
using FamilyContext.Plugin.Alerts;
using FamilyContext.Plugin.Api;
using FamilyContext.Plugin.Audit;
using FamilyContext.Plugin.Cms;
using FamilyContext.Plugin.Demo;
using FamilyContext.Plugin.Health;
using FamilyContext.Plugin.Ingest;
using FamilyContext.Plugin.Launch;
using FamilyContext.Plugin.Layout;
using FamilyContext.Plugin.Lookup;
using FamilyContext.Plugin.MatchReview;
using FamilyContext.Plugin.OriginalApi;
using FamilyContext.Plugin.Reports;
using FamilyContext.Plugin.SharedState;
using FamilyContext.Plugin.Panel;
using FamilyContext.Plugin.SignIn;
using FamilyContext.Plugin.Store;
using FamilyContext.Plugin.Setup;
using Microsoft.Extensions.Options;

namespace FamilyContext.Plugin.Hosting;

/// <summary>Composes the whole service from each feature's registration.</summary>
internal static class FamilyContextServiceCollectionExtensions
{
    public static IServiceCollection AddFamilyContext(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSharedState(configuration);
        services.AddErrorResponses();
        services.AddProxySupport(configuration);
        Telemetry.TelemetryServiceCollectionExtensions.AddTelemetry(services, configuration);
        services.AddSharedDataProtection(configuration);
        services.AddRazorComponents();
        services.AddAntiforgery(o =>
        {
            // The local demo runs over plain http://localhost; everywhere else the cookie is Secure and host-only.
            // Over HTTPS it is partitioned (CHIPS), so the panel's forms work in a CMS's iframe on another site: see docs/deployment.md.
            var plainHttpAllowed = environment.IsDevelopment();
            o.Cookie = new PartitionedCookieBuilder
            {
                Name = plainHttpAllowed ? "fc-antiforgery" : "__Host-fc-antiforgery",
                SecurePolicy = plainHttpAllowed ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always,
                SameSite = SameSiteMode.Strict,
                HttpOnly = true,
                IsEssential = true,
            };
        });
        services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365);
            o.IncludeSubDomains = true;
        });
        services.AddOpenApi(ApiDescriptions.Configure);
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddOptions<SecurityHeadersOptions>().Bind(configuration.GetSection(SecurityHeadersOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SecurityHeadersOptions>, SecurityHeadersOptionsValidator>();
        services.AddProbes();

        services.AddRecordStore(configuration, environment);
        services.AddIngest(configuration);
        services.AddLookup(configuration);
        services.AddLaunch(configuration);
        services.AddPanel(configuration);
        services.AddOriginalApi(configuration);
        services.AddDemo(configuration, environment);
        services.AddCms(configuration, new DemoCmsAdapterRegistration());
        services.AddCmsHealth();
        services.AddAlerts(configuration);
        services.AddAudit(configuration, environment);
        services.AddAccess(configuration, environment);
        services.AddMatchReview(configuration, environment);
        services.AddReports(configuration);
        services.AddAddressRateLimits();
        services.AddSignIn(configuration);
        services.AddSetupChecks();
        services.AddHostedService<StartupInitialiser>();
        return services;
    }
}
