using System.Collections.Concurrent;
using FamilyContext.Plugin.Services;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;

namespace FamilyContext.Plugin.Lookup.Resilience;

/// <summary>
/// One Polly circuit breaker per service's source. A timeout within the time budget or any failure counts; an open
/// circuit answers at once with <see cref="SourceUnavailableException"/>, so the panel shows Unavailable without waiting.
/// </summary>
internal sealed class SourceCircuits(IOptions<SourceCircuitOptions> options, TimeProvider time, ILogger<SourceCircuits> logger)
{
    private readonly ConcurrentDictionary<string, ResiliencePipeline> _pipelines = new(StringComparer.Ordinal);

    public async Task<SourceAnswer> ExecuteAsync(ServiceDefinition service, Func<CancellationToken, Task<SourceAnswer>> ask, CancellationToken cancellationToken)
    {
        var pipeline = _pipelines.GetOrAdd(service.Id, _ => Build(service));
        try
        {
            return await pipeline.ExecuteAsync(async ct => await ask(ct), cancellationToken);
        }
        catch (BrokenCircuitException)
        {
            throw new SourceUnavailableException($"{service.Name} is not being asked for now because it failed repeatedly; it will be tried again shortly.");
        }
    }

    private ResiliencePipeline Build(ServiceDefinition service)
    {
        var o = options.Value;
        return new ResiliencePipelineBuilder { TimeProvider = time }
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                FailureRatio = o.FailureRatio,
                MinimumThroughput = o.MinimumThroughput,
                SamplingDuration = o.SamplingDuration,
                BreakDuration = o.BreakDuration,
                ShouldHandle = new PredicateBuilder().Handle<Exception>(e => e is not OperationCanceledException),
                OnOpened = _ =>
                {
                    LookupLog.CircuitOpened(logger, service.Id, o.BreakDuration.TotalSeconds);
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
    }
}
