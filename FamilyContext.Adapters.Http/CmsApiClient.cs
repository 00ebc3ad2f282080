using System.Net;
using FamilyContext.Plugin.Abstractions;
using Microsoft.Extensions.Logging;
using Polly;
using RestSharp;

namespace FamilyContext.Adapters.Http;

/// <summary>
/// The one RestSharp client of an adapter: bearer token from <see cref="OAuthTokenCache"/>, a 401 refreshed once and
/// retried once, transient failures retried with backoff, paging followed to a bound, and every failure turned into
/// the contract's typed exceptions.
/// </summary>
public sealed class CmsApiClient : IDisposable
{
    private readonly RestClient _client;
    private readonly OAuthTokenCache _tokens;
    private readonly ResiliencePipeline<RestResponse> _retry;
    private readonly CmsConnectionOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly string _system;

    public CmsApiClient(HttpClient httpClient, CmsConnectionOptions options, string systemName, TimeProvider time, ILogger logger)
    {
        _options = options;
        _time = time;
        _logger = logger;
        _system = systemName;
        _client = new RestClient(httpClient, new RestClientOptions(options.BaseUrl!) { Timeout = options.Timeout });
        _tokens = new OAuthTokenCache(httpClient, options, systemName, time);
        _retry = BuildRetry();
    }

    /// <summary>
    /// GETs <paramref name="resource"/> (relative to the base URL); null when the CMS answers 404.
    /// <paramref name="endpoint"/> names the resource in logs and errors, e.g. "persons/{id}".
    /// </summary>
    public async Task<T?> GetAsync<T>(string endpoint, string resource, IEnumerable<KeyValuePair<string, string>>? query, CancellationToken cancellationToken)
        where T : class
    {
        var response = await SendAsync(() => BuildGet(resource, query), endpoint, cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        if (!response.IsSuccessStatusCode)
        {
            throw Unavailable(endpoint, $"answered {(int)response.StatusCode}");
        }

        return CmsJson.Deserialize<T>(response.Content, endpoint);
    }

    /// <summary>
    /// Follows pages from the first (cursor null) until <paramref name="nextCursor"/> gives null; null when the
    /// first page is 404. More than <see cref="CmsConnectionOptions.MaxPages"/> pages, or a cursor seen before,
    /// makes the CMS unavailable: a cut-short list must never pass for a complete one.
    /// </summary>
    public async Task<IReadOnlyList<TPage>?> GetPagesAsync<TPage>(string endpoint, string resource,
        Func<string?, int, IEnumerable<KeyValuePair<string, string>>> queryFor, Func<TPage, string?> nextCursor, CancellationToken cancellationToken)
        where TPage : class
    {
        var pages = new List<TPage>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        string? cursor = null;
        while (true)
        {
            var page = await GetAsync<TPage>(endpoint, resource, queryFor(cursor, _options.PageSize), cancellationToken);
            if (page is null)
            {
                return pages.Count == 0 ? null : throw Unavailable(endpoint, "a later page answered 404");
            }

            pages.Add(page);
            cursor = nextCursor(page);
            if (cursor is null)
            {
                return pages;
            }

            if (pages.Count >= _options.MaxPages)
            {
                throw Unavailable(endpoint, $"the list runs past {_options.MaxPages} pages (MaxPages)");
            }

            if (!seen.Add(cursor))
            {
                throw Unavailable(endpoint, "the paging links loop back to a page already read");
            }
        }
    }

    /// <summary>Fetches a token and GETs <paramref name="resource"/>; never throws for a CMS failure.</summary>
    public async Task<CmsHealth> CheckHealthAsync(string resource, CancellationToken cancellationToken)
    {
        var started = _time.GetTimestamp();
        try
        {
            var response = await SendAsync(() => BuildGet(resource, null), resource, cancellationToken);
            var healthy = response.IsSuccessStatusCode;
            var description = healthy
                ? $"{_system} integration endpoint answered {(int)response.StatusCode} with a valid token"
                : $"{_system} integration endpoint answered {(int)response.StatusCode}";
            return new CmsHealth(healthy, description, _time.GetElapsedTime(started));
        }
        catch (CmsException ex)
        {
            return new CmsHealth(false, ex.Message, _time.GetElapsedTime(started));
        }
    }

    public void Dispose()
    {
        _client.Dispose();
        _tokens.Dispose();
    }

    private async Task<RestResponse> SendAsync(Func<RestRequest> build, string endpoint, CancellationToken cancellationToken)
    {
        var token = await _tokens.GetTokenAsync(cancellationToken);
        var response = await SendOnceAsync(Authorise(build(), token), endpoint, cancellationToken);
        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            Log.RefreshingAfterUnauthorized(_logger, _system, endpoint);
            _tokens.Invalidate(token);
            token = await _tokens.GetTokenAsync(cancellationToken);
            response = await SendOnceAsync(Authorise(build(), token), endpoint, cancellationToken);
            if (response.StatusCode == HttpStatusCode.Unauthorized)
            {
                throw new CmsAccessDeniedException($"The {_system} integration endpoint rejected a freshly issued access token.");
            }
        }

        if (response.StatusCode == HttpStatusCode.Forbidden)
        {
            throw new CmsAccessDeniedException($"The {_system} integration endpoint refused access to {endpoint} (403).");
        }

        return response;
    }

    /// <summary>One logical call, retried on transient failures; a timeout or network failure becomes unavailable.</summary>
    private async Task<RestResponse> SendOnceAsync(RestRequest request, string endpoint, CancellationToken cancellationToken)
    {
        var response = await _retry.ExecuteAsync(
            static async (state, ct) => await state.Client.ExecuteAsync(state.Request, ct),
            (Client: _client, Request: request),
            cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        return response switch
        {
            { ResponseStatus: ResponseStatus.TimedOut } => throw Unavailable(endpoint, $"no answer within {_options.Timeout}"),
            { StatusCode: 0 } => throw Unavailable(endpoint, "could not be reached", response.ErrorException),
            { StatusCode: >= HttpStatusCode.InternalServerError } => throw Unavailable(endpoint, $"answered {(int)response.StatusCode}"),
            _ => response,
        };
    }

    private static RestRequest BuildGet(string resource, IEnumerable<KeyValuePair<string, string>>? query)
    {
        var request = new RestRequest(resource);
        foreach (var (name, value) in query ?? [])
        {
            request.AddQueryParameter(name, value);
        }

        return request;
    }

    private RestRequest Authorise(RestRequest request, string token)
    {
        request.Timeout = _options.Timeout;
        request.AddHeader("Authorization", $"Bearer {token}");
        request.AddHeader("Accept", "application/json");
        return request;
    }

    private CmsUnavailableException Unavailable(string endpoint, string reason, Exception? inner = null)
    {
        Log.CmsUnavailable(_logger, _system, endpoint, reason);
        return new CmsUnavailableException($"The {_system} integration endpoint {endpoint} {reason}.", inner);
    }

    private ResiliencePipeline<RestResponse> BuildRetry() => CmsRetry.Build<RestResponse>(_options, IsTransient, args =>
    {
        var outcome = args.Outcome.Result is { StatusCode: > 0 } r ? ((int)r.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture) : "connection failed";
        Log.RetryingTransientFailure(_logger, _system, args.Outcome.Result?.Request.Resource ?? "?", outcome, args.AttemptNumber + 1, args.RetryDelay);
        return ValueTask.CompletedTask;
    });

    // Timeouts are not retried: a slow CMS gets slower under retries and the panel has a time budget.
    private static bool IsTransient(RestResponse response) =>
        response.ResponseStatus != ResponseStatus.TimedOut && response.ResponseStatus != ResponseStatus.Aborted
        && (response.StatusCode == 0 || CmsRetry.IsTransient(response.StatusCode));
}
