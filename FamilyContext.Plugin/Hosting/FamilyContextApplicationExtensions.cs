using FamilyContext.Plugin.Access;
using FamilyContext.Plugin.Admin;
using FamilyContext.Plugin.Api;
using FamilyContext.Plugin.Audit;
using FamilyContext.Plugin.Demo;
using FamilyContext.Plugin.Launch;
using FamilyContext.Plugin.MatchReview;
using FamilyContext.Plugin.OriginalApi;
using FamilyContext.Plugin.Reports;
using FamilyContext.Plugin.Panel;
using FamilyContext.Plugin.SignIn;

namespace FamilyContext.Plugin.Hosting;

/// <summary>The request pipeline and the endpoints.</summary>
internal static class FamilyContextApplicationExtensions
{
    public static WebApplication UseFamilyContext(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error");
            app.UseHsts();
        }

        app.UseSecurityHeaders();
        app.UseStaticFiles();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapGet("/error", () => PanelEndpoints.Error(new PanelFailure(StatusCodes.Status500InternalServerError,
            "Sorry, there is a problem with Family Context", "Something went wrong and nothing has been shown.", "Try again in a few minutes."), framed: false))
            .ExcludeFromDescription();
        app.MapOpenApi();
        app.MapHealthChecks("/health");
        app.MapLaunch();
        app.MapPanel();
        app.MapPanelApi();
        app.MapOriginalApi();
        app.MapSignIn();
        app.MapFindChild();
        app.MapAdmin();
        app.MapMatchReview();
        app.MapReports();
        if (app.Services.GetService<DemoCmsDatabase>() is not null)
        {
            app.MapDemo();
        }

        return app;
    }
}
