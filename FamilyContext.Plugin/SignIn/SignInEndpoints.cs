using System.Text.Json;
using FamilyContext.Plugin.Access;
using FamilyContext.Plugin.Audit;
using FamilyContext.Plugin.Launch;
using FamilyContext.Plugin.Layout;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;

namespace FamilyContext.Plugin.SignIn;

/// <summary>
/// <c>/signin</c> sends the browser to the council's provider; <c>/signin/callback</c> checks what comes back and
/// signs the member of staff in; <c>/signout</c> ends it. Every sign-in and every refused response is audited;
/// refusals raise an alert.
/// </summary>
internal static partial class SignInEndpoints
{
    public const string StateCookie = "__Host-fc-signin";
    internal const string CallbackPath = "/signin/callback";

    public static IEndpointRouteBuilder MapSignIn(this IEndpointRouteBuilder app)
    {
        app.MapGet("/signin", StartAsync).RequireRateLimiting(AddressRateLimits.Policy).ExcludeFromDescription();
        app.MapGet(CallbackPath, CallbackAsync).RequireRateLimiting(AddressRateLimits.Policy).ExcludeFromDescription();
        app.MapPost("/signout", async (IFormCollection _, HttpContext http) =>
        {
            await http.SignOutAsync(StaffClaims.Scheme);
            return Results.Redirect("/signin/signed-out");
        }).ExcludeFromDescription();
        app.MapGet("/signin/signed-out", () => ErrorReplies.Page(new PanelFailure(StatusCodes.Status200OK, "You have signed out",
            "You have signed out of Family Context."), framed: false)).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> StartAsync(string? returnUrl, HttpContext http, OidcClient oidc, IOptions<SignInOptions> options,
        IDataProtectionProvider protection, CancellationToken ct)
    {
        if (!options.Value.Enabled)
        {
            return ErrorReplies.Page(new PanelFailure(StatusCodes.Status404NotFound, "Staff sign-in is not set up",
                "This Family Context has no sign-in provider configured.", "Open Family Context from the case management system instead."), framed: false);
        }

        var (url, state) = await oidc.StartAsync(RedirectUri(http), LocalOnly(returnUrl), ct);
        http.Response.Cookies.Append(StateCookie, Protector(protection).Protect(JsonSerializer.Serialize(state)), new CookieOptions
        {
            Secure = true,
            HttpOnly = true,
            // Lax: it must come back with the provider's top-level redirect to the callback.
            SameSite = SameSiteMode.Lax,
            Path = "/",
            MaxAge = options.Value.SignInTimeout,
            IsEssential = true,
        });
        return Results.Redirect(url.ToString());
    }

    private static async Task<IResult> CallbackAsync(string? state, string? code, string? error, HttpContext http, OidcClient oidc,
        IDataProtectionProvider protection, AccessPolicy access, IOptionsMonitor<AccessOptions> accessOptions, AuditTrail audit,
        ILogger<OidcClient> logger, CancellationToken ct)
    {
        var cookie = http.Request.Cookies[StateCookie];
        http.Response.Cookies.Delete(StateCookie, new CookieOptions { Secure = true, HttpOnly = true, SameSite = SameSiteMode.Lax, Path = "/" });
        try
        {
            if (error is not null)
            {
                throw new SignInRejectedException("the provider refused the sign-in");
            }

            var expected = Unprotect(protection, cookie) ?? throw new SignInRejectedException("no sign-in was started in this browser");
            var idToken = await oidc.CompleteAsync(expected, state, code, RedirectUri(http), ct);
            var principal = PrincipalFrom(idToken, access, accessOptions.CurrentValue);
            await http.SignInAsync(StaffClaims.Scheme, principal);
            await audit.TryRecordAsync(new AuditEntry(AuditActions.SignedIn, AuditOutcomes.Allowed, idToken.Subject,
                Detail: string.Join(",", principal.FindAll(StaffClaims.Role).Select(c => c.Value))), ct);
            SignedIn(logger);
            return Results.Redirect(expected.ReturnUrl);
        }
        catch (SignInRejectedException e)
        {
            Rejected(logger, e.Reason);
            await audit.TryRecordAsync(new AuditEntry(AuditActions.SignInRejected, AuditOutcomes.Rejected, null, Detail: e.Reason, Alert: error is null), ct);
            return ErrorReplies.Page(new PanelFailure(StatusCodes.Status401Unauthorized, "You could not be signed in",
                "Family Context could not confirm who you are.", "Go back to Family Context and sign in again."), framed: false);
        }
    }

    private static System.Security.Claims.ClaimsPrincipal PrincipalFrom(JsonWebToken idToken, AccessPolicy access, AccessOptions options)
    {
        var roles = access.RolesFor(idToken.Claims.Where(c => c.Type == options.RoleClaim).Select(c => c.Value));
        var groups = idToken.Claims.Where(c => c.Type == options.GroupClaim).Select(c => c.Value)
            .Where(g => g.Length is > 0 and <= 256 && !g.Any(char.IsControl)).Distinct(StringComparer.OrdinalIgnoreCase).Take(200);
        idToken.TryGetPayloadValue<string>("name", out var name);
        return StaffClaims.Principal(idToken.Subject, name, roles, groups);
    }

    /// <summary>Only a path on this site: anything else (another host, <c>//host</c>, <c>/\host</c>) becomes the admin home.</summary>
    internal static string LocalOnly(string? returnUrl) =>
        returnUrl is { Length: > 0 and <= 500 } url && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) && !url.Any(char.IsControl)
            ? url
            : "/admin";

    private static string RedirectUri(HttpContext http) => $"{http.Request.Scheme}://{http.Request.Host}{CallbackPath}";

    private static IDataProtector Protector(IDataProtectionProvider protection) => protection.CreateProtector("FamilyContext.SignIn.State");

    private static SignInState? Unprotect(IDataProtectionProvider protection, string? cookie)
    {
        if (string.IsNullOrEmpty(cookie))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<SignInState>(Protector(protection).Unprotect(cookie));
        }
        catch (Exception e) when (e is System.Security.Cryptography.CryptographicException or JsonException)
        {
            return null;
        }
    }

    [LoggerMessage(EventId = 5301, Level = LogLevel.Information, Message = "Staff member signed in")]
    private static partial void SignedIn(ILogger logger);

    [LoggerMessage(EventId = 5302, Level = LogLevel.Warning, Message = "Staff sign-in refused: {Reason}")]
    private static partial void Rejected(ILogger logger, string reason);
}
