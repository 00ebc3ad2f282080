using Microsoft.Extensions.Options;

namespace FamilyContext.Plugin.Hosting;

/// <summary>
/// Headers on every response: a Content-Security-Policy with no inline script and framing only by the
/// configured CMS origins, no referrer, no MIME sniffing, and no caching of pages holding personal data.
/// </summary>
internal static class SecurityHeaders
{
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app)
    {
        var options = app.ApplicationServices.GetRequiredService<IOptions<SecurityHeadersOptions>>().Value;
        var ancestors = string.Join(' ', options.FrameAncestors.Prepend("'self'"));
        var policy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
            $"object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors {ancestors}";
        return app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = policy;
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
