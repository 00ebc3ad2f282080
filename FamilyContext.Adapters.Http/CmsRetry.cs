using System.Net;
using Polly;
using Polly.Retry;

namespace FamilyContext.Adapters.Http;

/// <summary>The one retry rule for everything an adapter asks of a CMS (its API and its token endpoint).</summary>
internal static class CmsRetry
{
    /// <summary>Exponential backoff with jitter, <see cref="CmsConnectionOptions.RetryCount"/> times from <see cref="CmsConnectionOptions.RetryBaseDelay"/>.</summary>
    public static ResiliencePipeline<T> Build<T>(CmsConnectionOptions options, Func<T, bool> isTransient, Func<OnRetryArguments<T>, ValueTask>? onRetry = null)
    {
        var builder = new ResiliencePipelineBuilder<T>();
        if (options.RetryCount > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<T>
            {
                MaxRetryAttempts = options.RetryCount,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Result is { } r && isTransient(r)),
                OnRetry = onRetry,
            });
        }

        return builder.Build();
    }

    /// <summary>Statuses worth asking again for: the CMS (or something in front of it) was busy or failing for a moment.</summary>
    public static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests or HttpStatusCode.InternalServerError
            or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;
}
