using FamilyContext.Plugin.Access;
using FamilyContext.Plugin.Admin;
using FamilyContext.Plugin.Api;
using FamilyContext.Plugin.Audit;
using FamilyContext.Plugin.Demo;
using FamilyContext.Plugin.Launch;
using FamilyContext.Plugin.Panel;
using FamilyContext.Plugin.SignIn;
using FamilyContext.Plugin.Store;

namespace FamilyContext.Plugin.Hosting;

/// <summary>The request pipeline, the endpoints, and what must happen before the first request.</summary>
internal static class FamilyContextApplicationExtensions
{
    /// <summary>Applies the store's migrations and, in the demo, generates the synthetic council.</summary>
    public static async Task InitialiseFamilyContextAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        await app.Services.GetRequiredService<IRecordStore>().InitialiseAsync(cancellationToken);
        await app.Services.GetRequiredService<IAuditStore>().InitialiseAsync(cancellationToken);
        await app.Services.GetRequiredService<IAccessRuleStore>().InitialiseAsync(cancellationToken);
        if (app.Services.GetService<DemoSeeder>() is { } seeder)
        {
            await seeder.SeedAsync(cancellationToken);
        }
    }

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
        app.MapSignIn();
        app.MapFindChild();
        app.MapAdmin();
        if (app.Services.GetService<DemoCmsDatabase>() is not null)
        {
            app.MapDemo();
        }

        return app;
    }
}
