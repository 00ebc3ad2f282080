using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace FamilyContext.Plugin.Access;

/// <summary>
/// Limits how fast one worker can open panels and details (per instance), whichever session or browser they use:
/// a worker paging through families far faster than anyone reads is refused for a moment.
/// </summary>
internal sealed class WorkerRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public WorkerRateLimiter(IOptions<RateLimitOptions> options)
    {
        var perMinute = options.Value.WorkerRequestsPerMinute;
        _limiter = PartitionedRateLimiter.Create<string, string>(worker => RateLimitPartition.GetFixedWindowLimiter(worker, _ =>
            new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }),
            StringComparer.OrdinalIgnoreCase);
    }

    public bool TryAcquire(string workerId)
    {
        using var lease = _limiter.AttemptAcquire(workerId);
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
