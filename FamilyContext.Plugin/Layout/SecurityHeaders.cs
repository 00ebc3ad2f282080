using Microsoft.Extensions.Options;

namespace FamilyContext.Plugin.Layout;

/// <summary>
/// Headers on every response: a Content-Security-Policy with no inline script and framing only by the
/// configured CMS origins (staff pages — sign-in, look-up, admin — by nobody at all), no referrer, no MIME
/// sniffing, and no caching of pages holding personal data.
/// </summary>
internal static class SecurityHeaders
{
    // Only the panel runs inside the CMS; a framed staff page could be clickjacked (e.g. the access-rule form).
    private static readonly string[] StaffPaths = ["/admin", "/signin", "/signout", "/find"];

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app)
    {
        var options = app.ApplicationServices.GetRequiredService<IOptions<SecurityHeadersOptions>>().Value;
        const string common = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
            "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors ";
        var panelPolicy = common + string.Join(' ', options.FrameAncestors.Prepend("'self'"));
        var staffPolicy = common + "'none'";
        return app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                if (StaffPaths.Any(p => context.Request.Path.StartsWithSegments(p)))
                {
                    headers.ContentSecurityPolicy = staffPolicy;
                    headers.XFrameOptions = "DENY";
                }
                else
                {
                    headers.ContentSecurityPolicy = panelPolicy;
                }

                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "no-referrer";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
                if (!context.Request.Path.StartsWithSegments("/lib") && !context.Request.Path.StartsWithSegments("/js"))
                {
                    headers.CacheControl = "no-store";
                }

                return Task.CompletedTask;
            });
            await next();
        });
    }
}
