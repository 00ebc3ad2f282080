using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace FamilyContext.Plugin.SharedState;

/// <summary>
/// The one connection to the Redis named by <c>FamilyContext:Cache:Redis</c>, shared by the lookup cache, the shared state
/// and the data-protection key ring. Made on first use and re-made by the client after Redis restarts; until then every
/// call fails quickly rather than waiting.
/// </summary>
internal sealed class SharedRedisConnection(IOptions<SharedStateOptions> options) : IDisposable
{
    private readonly Lazy<ConnectionMultiplexer> _connection = new(() =>
    {
        var configuration = ConfigurationOptions.Parse(options.Value.Redis!);
        configuration.AbortOnConnectFail = false;
        configuration.ConnectTimeout = Math.Min(configuration.ConnectTimeout, 2000);
        configuration.SyncTimeout = Math.Min(configuration.SyncTimeout, 1000);
        return ConnectionMultiplexer.Connect(configuration);
    });

    public IConnectionMultiplexer Multiplexer => _connection.Value;

    public IDatabase Database => _connection.Value.GetDatabase();

    public void Dispose()
    {
        if (_connection.IsValueCreated)
        {
            _connection.Value.Dispose();
        }
    }
}
