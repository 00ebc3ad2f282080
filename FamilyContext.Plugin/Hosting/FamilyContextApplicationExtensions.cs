using FamilyContext.Plugin.Access;
using FamilyContext.Plugin.Admin;
using FamilyContext.Plugin.Api;
using FamilyContext.Plugin.Audit;
using FamilyContext.Plugin.Demo;
using FamilyContext.Plugin.Launch;
using FamilyContext.Plugin.Layout;
using FamilyContext.Plugin.MatchReview;
using FamilyContext.Plugin.OriginalApi;
using FamilyContext.Plugin.Reports;
using FamilyContext.Plugin.Panel;
using FamilyContext.Plugin.Setup;
using FamilyContext.Plugin.SignIn;

namespace FamilyContext.Plugin.Hosting;

/// <summary>The request pipeline and the endpoints.</summary>
internal static class FamilyContextApplicationExtensions
{
    public static WebApplication UseFamilyContext(this WebApplication app)
    {
        // First: behind a TLS-terminating proxy the request is https, from the client's address (configured proxies only).
        app.UseForwardedHeaders();
        app.UseProbeAwareHostFiltering(app.Configuration);
        // Every environment, Development too: no stack trace reaches a person.
        app.UseErrorResponses();
        // Routing inside the error handler, so nothing that fails while matching a route escapes it.
        app.UseRouting();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseSecurityHeaders();
        app.UseStaticFiles();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapApiDescriptions();
        app.MapLaunch();
        app.MapPanel();
        app.MapPanelApi();
        app.MapOriginalApi();
        app.MapSignIn();
        app.MapFindChild();
        app.MapAdmin();
        app.MapSetup();
        app.MapMatchReview();
        app.MapReports();
        if (app.Services.GetService<DemoCmsDatabase>() is not null)
        {
            app.MapDemo();
        }

        return app;
    }
}
