using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace FamilyContext.Plugin.Access;

/// <summary>
/// Per-address limits on the doors anyone can knock on (launch and sign-in), so nobody can hammer them or flood
/// the audit trail and the alert senders. Workers' panel requests are limited per worker by <see cref="WorkerRateLimiter"/>.
/// </summary>
internal static class AddressRateLimits
{
    /// <summary>The per-address policy the launch, sign-in and look-up endpoints ask for by name.</summary>
    public const string Policy = "launch";

    public static IServiceCollection AddAddressRateLimits(this IServiceCollection services) =>
        services.AddSingleton<RefusalAudit>().AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (context, ct) => new ValueTask(RateLimitReplies.WriteAsync(context.HttpContext, ct));
            o.AddPolicy(Policy, http =>
            {
                var perMinute = http.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value.AddressAttemptsPerMinute;
                return RateLimitPartition.GetFixedWindowLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ =>
                    new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
            });
        });
}
