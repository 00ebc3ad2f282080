using FamilyContext.Plugin.Settings;
using FamilyContext.Plugin.SharedState;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.DataProtection.StackExchangeRedis;
using Microsoft.Extensions.Options;

namespace FamilyContext.Plugin.Setup;

/// <summary>
/// How the service is reached and shared: the public address against <c>AllowedHosts</c>, the cookie and frame mode that
/// address puts in force, and where the data-protection keys live (shared by every instance, or this server's only).
/// </summary>
internal static class HostingSetupChecks
{
    public const string AddressCheck = "Public address and cookies";

    /// <summary>The public address (for the Launch area): reachable through <c>AllowedHosts</c>, and cross-site ready or not.</summary>
    public static SetupCheck CookieAndFrameMode(IServiceProvider services)
    {
        const string area = "Launch";
        var configuration = services.GetRequiredService<IConfiguration>();
        if (PublicAddress.Of(configuration) is not { } url)
        {
            return SetupCheck.Warning(area, AddressCheck,
                "FamilyContext:Hosting:PublicUrl is not set, so the address browsers use, and the cookie mode it puts in force, cannot be checked.",
                "Set FamilyContext:Hosting:PublicUrl to the address workers' browsers use, e.g. https://familycontext.council.example/.");
        }

        if (!PublicAddress.IsAllowed(configuration, url))
        {
            return SetupCheck.Failed(area, AddressCheck,
                $"AllowedHosts would refuse {url.Host}, the host of FamilyContext:Hosting:PublicUrl: every request for it gets 400 \"this address is not served here\".",
                $"Add {url.Host} to AllowedHosts (host names separated by semicolons), then restart Family Context.");
        }

        return url.Scheme == Uri.UriSchemeHttps
            ? SetupCheck.Passed(area, AddressCheck,
                $"Served at {url.GetLeftPart(UriPartial.Authority)}. Cross-site ready: over https the panel's cookies are SameSite=None, Secure and Partitioned, so browsers keep them inside a CMS's frame on another site.")
            : SetupCheck.Warning(area, AddressCheck,
                $"Served at {url.GetLeftPart(UriPartial.Authority)} over plain http. Not cross-site ready: browsers drop the panel's cookies inside a CMS's frame, and the worker is told the session has ended.",
                "Serve Family Context over https (a proxy that ends TLS is fine: list it in FamilyContext:Hosting:KnownProxies), and set PublicUrl to the https address.");
    }

    /// <summary>Where the data-protection key ring lives (for the Stores area), read back to prove it.</summary>
    public static SetupCheck DataProtectionKeys(IServiceProvider services)
    {
        const string area = "Stores";
        const string name = "Data-protection keys";
        var repository = services.GetRequiredService<IOptions<KeyManagementOptions>>().Value.XmlRepository;
        var shared = services.GetRequiredService<IOptions<SharedStateOptions>>().Value.Redis;
        try
        {
            switch (repository)
            {
                case RedisXmlRepository redis:
                    return SetupCheck.Passed(area, name,
                        $"Shared through Redis ({redis.GetAllElements().Count} keys): every instance reads the same key ring, so forms and sign-ins started on one are accepted by the others.");
                case FileSystemXmlRepository folder:
                    return SetupCheck.Passed(area, name,
                        $"Kept in the folder {folder.Directory.FullName} ({folder.GetAllElements().Count} keys). With more than one instance, every instance must have this same folder (a shared volume).");
                default:
                    return string.IsNullOrWhiteSpace(shared)
                        ? SetupCheck.Passed(area, name,
                            "Kept on this server only, which is right for one instance (without FamilyContext:Cache:Redis only one instance can serve).")
                        : SetupCheck.Failed(area, name, "Kept on this server only, although a shared Redis is configured for more than one instance.",
                            "Remove any other key ring setting so the keys are kept in the shared Redis, or set FamilyContext:SignIn:KeyRingPath to a folder every instance shares.");
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return SetupCheck.Failed(area, name, $"The key ring could not be read ({SetupCheck.Cause(e)}).",
                "Check FamilyContext:Cache:Redis (or FamilyContext:SignIn:KeyRingPath) and that it is reachable from this server.");
        }
    }
}
