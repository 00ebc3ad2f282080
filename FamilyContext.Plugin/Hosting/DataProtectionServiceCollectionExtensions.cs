using FamilyContext.Plugin.SharedState;
using FamilyContext.Plugin.SignIn;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.StackExchangeRedis;
using Microsoft.Extensions.Options;

namespace FamilyContext.Plugin.Hosting;

/// <summary>
/// The data-protection key ring, which protects anti-forgery tokens, the staff cookie and the sign-in state. Every
/// instance must read the same ring, or a form rendered by one is refused by the next. Where it is kept, first match:
/// <c>FamilyContext:SignIn:KeyRingPath</c> (a folder every instance shares), else the Redis of
/// <c>FamilyContext:Cache:Redis</c> (required anyway when more than one instance runs), else the framework's default
/// (one instance).
/// </summary>
internal static class DataProtectionServiceCollectionExtensions
{
    /// <summary>The Redis key holding the ring. Versioned like the other keys, so an older release never reads it.</summary>
    public const string RedisKey = "fc:v2:data-protection-keys";

    public static IServiceCollection AddSharedDataProtection(this IServiceCollection services, IConfiguration configuration)
    {
        // One application name everywhere: the default is the install folder, which differs between hosts.
        var dataProtection = services.AddDataProtection().SetApplicationName("FamilyContext");
        if (configuration.GetSection(SignInOptions.SectionName).Get<SignInOptions>()?.KeyRingPath is { Length: > 0 } keyRing)
        {
            dataProtection.PersistKeysToFileSystem(new DirectoryInfo(keyRing));
        }

        // Decided when the options are first read, not here, so settings added after registration count.
        services.AddOptions<KeyManagementOptions>().Configure<IOptions<SharedStateOptions>, IServiceProvider>((keys, cache, sp) =>
        {
            if (keys.XmlRepository is null && !string.IsNullOrWhiteSpace(cache.Value.Redis))
            {
                keys.XmlRepository = new RedisXmlRepository(() => sp.GetRequiredService<SharedRedisConnection>().Database, RedisKey);
            }
        });
        return services;
    }
}
