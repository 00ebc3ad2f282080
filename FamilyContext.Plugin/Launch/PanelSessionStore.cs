using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using FamilyContext.Plugin.SharedState;
using FamilyContext.Plugin.Time;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace FamilyContext.Plugin.Launch;

/// <summary>
/// Panel sessions, kept in the distributed cache so any instance can serve them. A session is found by its
/// unguessable id (in the panel's URL) and only honoured from the browser holding the matching binding cookie,
/// so a worker can have several children open in several tabs and a copied URL opens nothing elsewhere.
/// Each instance also keeps the sessions it has created or served, so panels already open keep working while
/// the distributed cache (Redis) is down; only sessions this instance has never seen then wait for it.
/// </summary>
internal sealed partial class PanelSessionStore(IDistributedCache cache, IOptions<LaunchOptions> options, TimeProvider time, ILogger<PanelSessionStore> logger)
    : IDisposable
{
    public const string BrowserCookie = "__Host-fc-browser";

    /// <summary>A session this young asked for without the cookie was almost surely just launched in a browser that kept no cookie.</summary>
    private static readonly TimeSpan JustLaunched = TimeSpan.FromMinutes(2);

    private readonly MemoryCache _seen = new(new MemoryCacheOptions { SizeLimit = 50_000, Clock = new TimeProviderClock(time) });

    public void Dispose() => _seen.Dispose();

    public async Task<PanelSession> CreateAsync(HttpContext http, LaunchRequest launch, CancellationToken cancellationToken)
    {
        var binding = http.Request.Cookies[BrowserCookie];
        if (binding is null || binding.Length != 43)
        {
            binding = Base64Url(RandomNumberGenerator.GetBytes(32));
        }

        var now = time.GetUtcNow();
        var session = new PanelSession(
            Base64Url(RandomNumberGenerator.GetBytes(24)), launch.Cms, launch.WorkerId, launch.WorkerName, launch.ChildId,
            Hash(binding), now, now + options.Value.SessionLifetime)
        {
            Groups = launch.Groups,
            Origin = launch.Origin,
            Reason = launch.Reason,
        };
        await SharedAsync(() => cache.SetAsync(Key(session.Id), JsonSerializer.SerializeToUtf8Bytes(session),
            new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = options.Value.SessionLifetime }, cancellationToken));
        Remember(session);
        http.Response.Cookies.Append(BrowserCookie, binding, new CookieOptions
        {
            Secure = true,
            HttpOnly = true,
            // The panel runs in the CMS's iframe, a third-party context: the cookie must travel there. Partitioned (CHIPS),
            // so browsers that block third-party cookies still keep it, in a jar of its own for the CMS's site: docs/deployment.md.
            SameSite = SameSiteMode.None,
            Extensions = { "Partitioned" },
            Path = "/",
            IsEssential = true,
            MaxAge = options.Value.SessionLifetime,
        });
        return session;
    }

    /// <summary>
    /// The session, or null when it does not exist, has expired, or belongs to another browser. A session launched moments
    /// ago and asked for without the browser cookie is logged for the administrator (the browser most likely blocks the
    /// panel's cookie in the CMS's frame); the worker sees the usual page.
    /// </summary>
    public async Task<PanelSession?> FindAsync(HttpContext http, string? sessionId, CancellationToken cancellationToken)
    {
        if (!PersonIds.IsWellFormed(sessionId))
        {
            return null;
        }

        var binding = http.Request.Cookies[BrowserCookie];
        if (!_seen.TryGetValue(sessionId!, out PanelSession? session))
        {
            var bytes = await SharedAsync(() => cache.GetAsync(Key(sessionId!), cancellationToken));
            if (bytes is null)
            {
                return null;
            }

            session = JsonSerializer.Deserialize<PanelSession>(bytes);
            if (session is not null)
            {
                Remember(session);
            }
        }

        if (session is not null && binding is null && time.GetUtcNow() - session.CreatedAt is var age && age < JustLaunched)
        {
            CookieMissing(logger, session.Cms, (int)age.TotalSeconds, http.Request.IsHttps ? "https" : "http");
        }

        var matches = session is not null && binding is not null && CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(session.BrowserBindingHash), Encoding.ASCII.GetBytes(Hash(binding)));
        return matches && session!.ExpiresAt > time.GetUtcNow() ? session : null;
    }

    private void Remember(PanelSession session)
    {
        var left = session.ExpiresAt - time.GetUtcNow();
        if (left > TimeSpan.Zero)
        {
            _seen.Set(session.Id, session, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = left, Size = 1 });
        }
    }

    private static async Task<T> SharedAsync<T>(Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new SharedStateUnavailableException(e);
        }
    }

    private static Task<bool> SharedAsync(Func<Task> call) => SharedAsync(async () =>
    {
        await call();
        return true;
    });

    [LoggerMessage(EventId = 1008, Level = LogLevel.Warning,
        Message = "Browser cookie missing: a panel launched from {Cms} {Seconds} s ago was asked for without its browser cookie (over {Scheme}) — third-party cookies blocked? The worker was shown \"Your Family Context session has ended\". Serve the panel over https (the cookie is then Partitioned, which browsers keep in a CMS's frame), or from the CMS's own site: docs/install.md")]
    private static partial void CookieMissing(ILogger logger, string cms, int seconds, string scheme);

    private static string Key(string sessionId) => "panel-session:" + sessionId;

    private static string Hash(string binding) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(binding)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
