namespace FamilyContext.Plugin.SharedState;

/// <summary>
/// Keys that can be added only if absent, in one atomic step across every instance (Redis <c>SET key value NX PX ttl</c>).
/// Launch token ids and the launch start marker are claimed with it, so two instances racing on one replayed token cannot
/// both accept it. Registered when Redis is configured; a test's in-memory cache may offer it by implementing it beside
/// <see cref="Microsoft.Extensions.Caching.Distributed.IDistributedCache"/>.
/// </summary>
public interface IAddIfAbsentCache
{
    /// <summary>True when this call added the key; false when it was already there.</summary>
    Task<bool> TryAddAsync(string key, byte[] value, TimeSpan expiresAfter, CancellationToken cancellationToken);

    /// <summary>The value added under the key, or null.</summary>
    Task<byte[]?> GetAsync(string key, CancellationToken cancellationToken);
}
