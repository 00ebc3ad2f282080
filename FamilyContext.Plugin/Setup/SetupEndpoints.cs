using FamilyContext.Plugin.Audit;
using FamilyContext.Plugin.Launch;
using FamilyContext.Plugin.SignIn;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FamilyContext.Plugin.Setup;

/// <summary>
/// <c>/admin/setup</c> (admins only, like every admin page): every installation check, and the recent refused launches
/// with their reasons in words. A check that reads a test person from the CMS is audited, and so is a test alert sent
/// from the page (<c>POST /admin/setup/alert</c>, whose outcome the page then shows).
/// </summary>
internal static class SetupEndpoints
{
    public const string PersonField = "person";

    public static IEndpointRouteBuilder MapSetup(this IEndpointRouteBuilder app)
    {
        app.MapGet("/admin/setup", PageAsync).RequireAuthorization(StaffPolicies.Admin).ExcludeFromDescription();
        app.MapPost("/admin/setup/alert", SendTestAlertAsync).RequireAuthorization(StaffPolicies.Admin).ExcludeFromDescription();
        return app.MapTokenExplainer();
    }

    public static async Task<IResult> PageAsync(string? person, HttpContext http, AuditTrail audit, CancellationToken ct)
    {
        var errors = new Dictionary<string, string>();
        var testPerson = string.IsNullOrWhiteSpace(person) ? null : person.Trim();
        if (testPerson is not null && !PersonIds.IsWellFormed(testPerson))
        {
            errors[PersonField] = "Enter a CMS person id of up to 64 letters, digits, hyphens or underscores";
            testPerson = null;
        }

        if (testPerson is not null)
        {
            await audit.RecordAsync(new AuditEntry(AuditActions.SetupChecked, AuditOutcomes.Allowed, StaffClaims.SubjectOf(http.User),
                PersonId: testPerson, Detail: "installation checks with a test person"), ct);
        }

        return await RenderAsync(http, person, testPerson, errors, [], ct);
    }

    public static async Task<IResult> SendTestAlertAsync(IFormCollection form, HttpContext http, CancellationToken ct)
    {
        var sent = await AlertSetupChecks.SendTestAsync(http.RequestServices, StaffClaims.SubjectOf(http.User), ct);
        return await RenderAsync(http, null, null, new Dictionary<string, string>(), sent, ct);
    }

    private static async Task<IResult> RenderAsync(HttpContext http, string? person, string? testPerson, Dictionary<string, string> errors,
        IReadOnlyList<SetupCheck> testAlert, CancellationToken ct)
    {
        var checks = await SetupChecks.RunAsync(http.RequestServices, testPerson, ct);
        var auditStore = http.RequestServices.GetRequiredService<IAuditStore>();
        IReadOnlyList<RefusedLaunch> refused;
        try
        {
            refused = await RefusedLaunches.RecentAsync(auditStore, 20, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            refused = [];
        }

        return new RazorComponentResult<SetupPage>(new Dictionary<string, object?>
        {
            ["Checks"] = checks,
            ["Refused"] = refused,
            ["Person"] = person,
            ["Errors"] = errors,
            ["TestAlert"] = testAlert,
        });
    }
}
