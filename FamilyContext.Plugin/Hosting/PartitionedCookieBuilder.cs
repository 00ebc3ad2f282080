namespace FamilyContext.Plugin.Hosting;

/// <summary>
/// A cookie that also works inside a CMS's iframe on another site when the browser blocks third-party cookies:
/// over HTTPS it is <c>SameSite=None; Secure; Partitioned</c> (CHIPS), so the browser keeps a separate copy for
/// each top-level site and sends it only under that site. Over plain HTTP (the local demo) it keeps the builder's settings.
/// </summary>
internal sealed class PartitionedCookieBuilder : CookieBuilder
{
    public const string Partitioned = "Partitioned";

    public override CookieOptions Build(HttpContext context, DateTimeOffset expiresFrom)
    {
        var options = base.Build(context, expiresFrom);
        if (context.Request.IsHttps)
        {
            options.SameSite = SameSiteMode.None;
            options.Secure = true;
            if (!options.Extensions.Contains(Partitioned))
            {
                options.Extensions.Add(Partitioned);
            }
        }

        return options;
    }
}
