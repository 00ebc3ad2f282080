using System.Globalization;
using System.Security.Cryptography.X509Certificates;
using FamilyContext.Plugin.Launch;
using FamilyContext.Plugin.Layout;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace FamilyContext.Plugin.Setup;

/// <summary>
/// The launch checks: each issuer's keys (JWKS reachable, key types and algorithms allowed, key ids, certificate expiry),
/// the audience and lifetime settings, and the CMS origins allowed to frame the panel.
/// </summary>
internal static class LaunchSetupChecks
{
    private const string Area = "Launch";
    private static readonly string[] AllowedAlgorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.EcdsaSha256];

    public static async Task<IReadOnlyList<SetupCheck>> RunAsync(IServiceProvider services, TimeProvider time, CancellationToken ct)
    {
        var launch = services.GetRequiredService<IOptions<LaunchOptions>>().Value;
        var checks = new List<SetupCheck>
        {
            SetupCheck.Passed(Area, "Audience and lifetime",
                $"Launch tokens must carry aud \"{launch.Audience}\", live at most {Seconds(launch.MaximumTokenLifetime)}, " +
                $"and clocks may differ by {Seconds(launch.ClockSkew)}."),
        };
        if (launch.Issuers.Count == 0)
        {
            checks.Add(SetupCheck.Failed(Area, "Issuers", "No CMS is allowed to launch the panel.",
                "Add the CMS under FamilyContext:Launch:Issuers with its Issuer and JsonWebKeySetUrl."));
        }

        foreach (var (name, issuer) in launch.Issuers.OrderBy(i => i.Key, StringComparer.OrdinalIgnoreCase))
        {
            checks.Add(await KeysAsync(services, name, issuer, time, ct));
        }

        // Read from configuration, not the validated options: the command line reports values start-up would refuse.
        var frameAncestors = services.GetRequiredService<IConfiguration>().GetSection(SecurityHeadersOptions.SectionName).Get<SecurityHeadersOptions>() ?? new SecurityHeadersOptions();
        checks.Add(FrameAncestors(frameAncestors.FrameAncestors));
        return checks;
    }

    private static async Task<SetupCheck> KeysAsync(IServiceProvider services, string name, LaunchIssuerOptions issuer, TimeProvider time, CancellationToken ct)
    {
        var check = $"Keys for {name}";
        JsonWebKeySet set;
        try
        {
            var json = !string.IsNullOrWhiteSpace(issuer.JsonWebKeySet)
                ? issuer.JsonWebKeySet
                : await services.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(LaunchKeyResolver)).GetStringAsync(issuer.JsonWebKeySetUrl, ct);
            set = new JsonWebKeySet(json);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or ArgumentException or InvalidOperationException)
        {
            return SetupCheck.Failed(Area, check, $"The keys of {name} could not be read from {issuer.JsonWebKeySetUrl}: {e.GetType().Name}.",
                "Check the JsonWebKeySetUrl: it must be reachable from this server and serve a JSON Web Key Set.");
        }

        var usable = set.Keys.Where(k => k.Kty is JsonWebAlgorithmsKeyTypes.RSA or JsonWebAlgorithmsKeyTypes.EllipticCurve
            && (string.IsNullOrEmpty(k.Alg) || AllowedAlgorithms.Contains(k.Alg, StringComparer.Ordinal))).ToList();
        if (usable.Count == 0)
        {
            return SetupCheck.Failed(Area, check, $"{name} publishes no key Family Context accepts.",
                "The CMS must sign launch tokens with an RSA (RS256) or elliptic-curve (ES256) key and publish its public key.");
        }

        var described = string.Join("; ", usable.Select(k => $"key id {(string.IsNullOrEmpty(k.Kid) ? "(none)" : k.Kid)}, {k.Kty}{(string.IsNullOrEmpty(k.Alg) ? "" : " " + k.Alg)}"));
        var expiring = usable.SelectMany(k => k.X5c).Select(Expiry).Where(e => e is not null && e < time.GetUtcNow().AddDays(30)).ToList();
        if (expiring.Count > 0)
        {
            return SetupCheck.Warning(Area, check, $"{name}: {described}. A certificate expires on {expiring.Min():d MMMM yyyy} or has expired.",
                "Ask the CMS supplier to publish a renewed key before then.");
        }

        return issuer.JsonWebKeySetUrl is { Scheme: "http" }
            ? SetupCheck.Warning(Area, check, $"{name}: {described}. The keys are fetched over plain http.", "Use an https JsonWebKeySetUrl.")
            : SetupCheck.Passed(Area, check, $"{name}: {described}.");
    }

    private static SetupCheck FrameAncestors(List<string> origins)
    {
        const string check = "CMS origin in frame-ancestors";
        var notOrigins = origins.Where(o => !SecurityHeadersOptionsValidator.IsOrigin(o)).ToList();
        if (notOrigins.Count > 0)
        {
            return SetupCheck.Failed(Area, check, $"These FrameAncestors values are not origins: {string.Join(", ", notOrigins)}.",
                "Give each as scheme, host and optional port only, e.g. https://mosaic.council.example.");
        }

        return origins.Count == 0
            ? SetupCheck.Warning(Area, check, "No CMS origin may frame the panel: inside the CMS it shows as a blank frame.",
                "Add the address the CMS's pages are served from to FamilyContext:Security:FrameAncestors.")
            : SetupCheck.Passed(Area, check, $"The panel may be framed by {string.Join(", ", origins)}.");
    }

    private static DateTimeOffset? Expiry(string certificate)
    {
        try
        {
            using var x509 = X509CertificateLoader.LoadCertificate(Convert.FromBase64String(certificate));
            return new DateTimeOffset(x509.NotAfter.ToUniversalTime(), TimeSpan.Zero);
        }
        catch (Exception e) when (e is FormatException or System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }

    private static string Seconds(TimeSpan span) => $"{span.TotalSeconds.ToString("0", CultureInfo.InvariantCulture)} s";
}
