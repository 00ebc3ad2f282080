using FamilyContext.Plugin.Audit;
using FamilyContext.Plugin.Launch;
using FamilyContext.Plugin.SignIn;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace FamilyContext.Plugin.Setup;

/// <summary>
/// <c>/admin/setup/token</c> (admins only): paste a launch token the CMS produced and read, part by part, whether it would be
/// accepted and exactly why not — without using its <c>jti</c> and without opening a panel. Every use is audited; the
/// token itself is never recorded or shown back.
/// </summary>
internal static class TokenExplainerEndpoints
{
    public const string TokenField = "token";
    public const string CmsField = "cms";
    private const int MaximumTokenLength = 8192;

    public static IEndpointRouteBuilder MapTokenExplainer(this IEndpointRouteBuilder app)
    {
        app.MapGet("/admin/setup/token", (IOptions<LaunchOptions> launch) => Page(launch.Value, null, new Dictionary<string, string>(), null))
            .RequireAuthorization(StaffPolicies.Admin).ExcludeFromDescription();
        app.MapPost("/admin/setup/token", ExplainAsync).RequireAuthorization(StaffPolicies.Admin).ExcludeFromDescription();
        return app;
    }

    public static async Task<IResult> ExplainAsync([FromForm] string? cms, [FromForm] string? token, HttpContext http, LaunchTokenInspector inspector,
        IOptions<LaunchOptions> launch, AuditTrail audit, CancellationToken ct)
    {
        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(cms) || !launch.Value.Issuers.ContainsKey(cms))
        {
            errors[CmsField] = "Select the CMS that made the token";
        }

        token = token?.Trim();
        if (string.IsNullOrEmpty(token) || token.Length > MaximumTokenLength)
        {
            errors[TokenField] = $"Paste the launch token, of up to {MaximumTokenLength} characters";
        }

        if (errors.Count > 0)
        {
            return Page(launch.Value, cms, errors, null);
        }

        var findings = await inspector.InspectAsync(cms!, token, ct);
        var refused = findings.Where(f => !f.Accepted).Select(f => f.Part).ToList();
        await audit.RecordAsync(new AuditEntry(AuditActions.SetupChecked, AuditOutcomes.Allowed, StaffClaims.SubjectOf(http.User), cms,
            Detail: refused.Count == 0 ? "launch token explained: would be accepted" : $"launch token explained: would be refused ({string.Join(", ", refused)})"), ct);
        return Page(launch.Value, cms, errors, findings);
    }

    private static RazorComponentResult<TokenExplainerPage> Page(LaunchOptions launch, string? cms, Dictionary<string, string> errors, IReadOnlyList<LaunchTokenFinding>? findings) =>
        new(new Dictionary<string, object?>
        {
            ["CmsNames"] = launch.Issuers.Keys.Order(StringComparer.OrdinalIgnoreCase).ToList(),
            ["Cms"] = cms,
            ["Errors"] = errors,
            ["Findings"] = findings,
        });
}
