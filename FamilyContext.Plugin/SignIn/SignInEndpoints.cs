using FamilyContext.Plugin.Access;
using FamilyContext.Plugin.Layout;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace FamilyContext.Plugin.SignIn;

/// <summary>
/// <c>/signin</c> sends the browser to the council's provider; the framework's OpenID Connect handler answers
/// <c>/signin/callback</c> (<see cref="StaffOpenIdConnect"/>: checks, audit, alerts); <c>/signout</c> ends the sign-in. The
/// callback is mapped here too, rate-limited per address: the limit applies before the handler reads the response, and the
/// endpoint itself answers only when sign-in is not set up.
/// </summary>
internal static class SignInEndpoints
{
    public static IEndpointRouteBuilder MapSignIn(this IEndpointRouteBuilder app)
    {
        app.MapGet("/signin", Start).RequireRateLimiting(AddressRateLimits.Policy).ExcludeFromDescription();
        app.MapGet(StaffOpenIdConnect.CallbackPath, () => NotSetUp()).RequireRateLimiting(AddressRateLimits.Policy).ExcludeFromDescription();
        app.MapPost("/signout", async (IFormCollection _, HttpContext http) =>
        {
            await http.SignOutAsync(StaffClaims.Scheme);
            return Results.Redirect("/signin/signed-out");
        }).ExcludeFromDescription();
        app.MapGet("/signin/signed-out", () => ErrorReplies.Page(new PanelFailure(StatusCodes.Status200OK, "You have signed out",
            "You have signed out of Family Context."), framed: false)).ExcludeFromDescription();
        return app;
    }

    private static IResult Start(string? returnUrl, IOptions<SignInOptions> options) => options.Value.Enabled
        ? Results.Challenge(new AuthenticationProperties { RedirectUri = LocalOnly(returnUrl) }, [StaffOpenIdConnect.Scheme])
        : NotSetUp();

    private static IResult NotSetUp() => ErrorReplies.Page(new PanelFailure(StatusCodes.Status404NotFound, "Staff sign-in is not set up",
        "This Family Context has no sign-in provider configured.", "Open Family Context from the case management system instead."), framed: false);

    /// <summary>Only a path on this site: anything else (another host, <c>//host</c>, <c>/\host</c>) becomes the admin home.</summary>
    internal static string LocalOnly(string? returnUrl) =>
        returnUrl is { Length: > 0 and <= 500 } url && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) && !url.Any(char.IsControl)
            ? url
            : "/admin";
}
