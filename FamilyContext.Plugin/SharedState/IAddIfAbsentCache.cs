namespace FamilyContext.Plugin.SharedState;

/// <summary>
/// A distributed cache that can add a key only if it is absent, in one atomic step across every instance
/// (Redis <c>SET key value NX PX ttl</c>). When the registered <see cref="Microsoft.Extensions.Caching.Distributed.IDistributedCache"/>
/// also implements this, launch token ids are claimed with it, so two instances racing on one replayed token cannot both accept it.
/// </summary>
public interface IAddIfAbsentCache
{
    /// <summary>True when this call added the key; false when it was already there.</summary>
    Task<bool> TryAddAsync(string key, byte[] value, TimeSpan expiresAfter, CancellationToken cancellationToken);
}
