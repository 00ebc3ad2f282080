using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Tokens;

namespace FamilyContext.Plugin.Launch;

/// <summary>
/// One CMS's keys from its JWKS URL through Microsoft.IdentityModel's <see cref="ConfigurationManager{T}"/>: fetched on
/// first use and refreshed hourly; refreshed at once when a token names a key id the set lacks (a rotation), at most once
/// per <see cref="LaunchOptions.KeyRefreshInterval"/>; and the last good set kept while the URL fails.
/// </summary>
internal sealed class JwksKeySource
{
    private static readonly TimeSpan FetchWait = TimeSpan.FromSeconds(12);
    private readonly string _cms;
    private readonly ConfigurationManager<JsonWebKeySet> _manager;
    private readonly JwksRetriever _retriever = new();
    private readonly TimeSpan _refreshInterval;
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    private DateTimeOffset? _lastRefresh;

    public JwksKeySource(string cms, Uri url, HttpClient http, TimeSpan refreshInterval, TimeProvider time)
    {
        _cms = cms;
        _refreshInterval = refreshInterval;
        _time = time;
        // http only for a loopback test CMS; a real CMS's keys come over https.
        var documents = new HttpDocumentRetriever(http) { RequireHttps = !url.IsLoopback };
        _manager = new ConfigurationManager<JsonWebKeySet>(url.ToString(), _retriever, documents)
        {
            AutomaticRefreshInterval = TimeSpan.FromHours(1),
            // Our own limit (below) decides; the manager's must never refuse a refresh we asked for.
            RefreshInterval = BaseConfigurationManager.MinimumRefreshInterval,
        };
    }

    /// <summary>The CMS's keys; when <paramref name="keyId"/> is not among them, after one rate-limited refresh.</summary>
    public async Task<JsonWebKeySet> KeysAsync(string? keyId, CancellationToken cancellationToken)
    {
        var current = await CurrentAsync(cancellationToken);
        if (string.IsNullOrEmpty(keyId) || current.Keys.Any(k => k.Kid == keyId) || !MayRefresh())
        {
            return current;
        }

        var fetch = _retriever.NextFetch;
        _manager.RequestRefresh();
        // Whether the manager fetches in the background or on the next read, this read starts or joins that fetch.
        await CurrentAsync(cancellationToken);
        // The manager refreshes in the background: wait for that fetch. A failed one leaves the last good set in place,
        // but it cannot check this token, which names a key we have never seen.
        var fetched = await fetch.WaitAsync(FetchWait, cancellationToken).ConfigureAwait(false);
        return fetched ?? throw new LaunchKeysUnavailableException(_cms);
    }

    private async Task<JsonWebKeySet> CurrentAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await _manager.GetConfigurationAsync(cancellationToken);
        }
        catch (InvalidOperationException e)
        {
            // Only when no key set was ever fetched: otherwise the manager returns the last good one.
            throw new LaunchKeysUnavailableException(_cms, e);
        }
    }

    private bool MayRefresh()
    {
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            if (_lastRefresh is { } last && now - last < _refreshInterval)
            {
                return false;
            }

            _lastRefresh = now;
            return true;
        }
    }
}
