using System.Net;
using FamilyContext.Plugin.Tests.Support;
using static FamilyContext.Plugin.Tests.Health.ReadinessTests;

namespace FamilyContext.Plugin.Tests.Health;

/// <summary>
/// Readiness against a real Redis and a real PostgreSQL that the test stops: the service says it is not ready, names the
/// check that failed and nothing else (no host, no connection string), stays alive, and is ready again when Redis returns.
/// </summary>
public sealed class ReadinessWithServersStoppedTests : IAsyncLifetime
{
    private static readonly string[] Databases = ["store", "audit", "access", "match-review"];
    private readonly RedisServer _redis = new();
    private readonly PostgresServer _postgres = new();
    private bool _postgresStopped;

    public async Task InitializeAsync()
    {
        await _redis.StartAsync();
        await _postgres.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        _redis.Dispose();
        if (!_postgresStopped)
        {
            await _postgres.DisposeAsync();
        }
    }

    [Fact]
    public async Task With_Redis_stopped_the_service_is_not_ready_and_it_is_ready_again_when_Redis_returns()
    {
        using var factory = new PluginFactory { UseDemoCms = true };
        factory.Settings["FamilyContext:Cache:Redis"] = _redis.ConnectionString;
        using var client = factory.Browser();

        var (upStatus, up) = await ReadyAsync(client);
        _redis.Kill();
        var (downStatus, down) = await ReadyAsync(client);
        var live = await client.GetAsync(new Uri("/health/live", UriKind.Relative));
        await _redis.StartAsync();
        var (backStatus, back) = await ReadyWhenAsync(client, HttpStatusCode.OK);

        Assert.Equal(HttpStatusCode.OK, upStatus);
        Assert.Equal("Healthy", Check(up, "redis").GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, downStatus);
        Assert.Equal("Unhealthy", Check(down, "redis").GetProperty("status").GetString());
        Assert.All(Databases, d => Assert.Equal("Healthy", Check(down, d).GetProperty("status").GetString()));
        Assert.DoesNotContain(_redis.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), down.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, backStatus);
        Assert.Equal("Healthy", Check(back, "redis").GetProperty("status").GetString());
    }

    [Fact]
    public async Task With_PostgreSQL_stopped_every_database_check_fails_and_the_service_is_not_ready_but_alive()
    {
        var database = await _postgres.CreateDatabaseAsync();
        using var factory = new PluginFactory { UseDemoCms = true };
        foreach (var section in new[] { "Store", "Audit", "Access", "MatchReview" })
        {
            factory.Settings[$"FamilyContext:{section}:Provider"] = "PostgreSql";
            factory.Settings[$"FamilyContext:{section}:ConnectionString"] = database;
        }

        using var client = factory.Browser();
        var (upStatus, up) = await ReadyAsync(client);
        await _postgres.DisposeAsync();
        _postgresStopped = true;
        var (downStatus, down) = await ReadyAsync(client);
        var live = await client.GetAsync(new Uri("/health/live", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, upStatus);
        Assert.All(Databases, d => Assert.Equal("PostgreSQL answered.", Check(up, d).GetProperty("description").GetString()));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, downStatus);
        Assert.All(Databases, d => Assert.Equal("Unhealthy", Check(down, d).GetProperty("status").GetString()));
        Assert.Equal("Healthy", Check(down, "cms").GetProperty("status").GetString());
        Assert.DoesNotContain("127.0.0.1", down.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("Username", down.GetRawText(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }

    /// <summary>The client reconnects to a restarted Redis on its own schedule: ask until it has, for at most 20 seconds.</summary>
    private static async Task<(HttpStatusCode Status, System.Text.Json.JsonElement Json)> ReadyWhenAsync(HttpClient client, HttpStatusCode wanted)
    {
        var answer = await ReadyAsync(client);
        for (var attempt = 0; attempt < 40 && answer.Status != wanted; attempt++)
        {
            await Task.Delay(500);
            answer = await ReadyAsync(client);
        }

        return answer;
    }
}
