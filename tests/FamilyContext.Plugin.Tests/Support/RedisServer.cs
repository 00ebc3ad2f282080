using System.Diagnostics;
using System.Net.Sockets;
using StackExchange.Redis;

namespace FamilyContext.Plugin.Tests.Support;

/// <summary>A real redis-server on a free loopback port, which a test can stop and start again on the same port.</summary>
public sealed class RedisServer : IDisposable
{
    private const string Program = "/usr/bin/redis-server";
    private Process? _process;

    public RedisServer()
    {
        ExternalProcess.Require(Program, "redis-server");
        Port = ExternalProcess.FreePort();
    }

    public int Port { get; }

    public string ConnectionString => $"127.0.0.1:{Port}";

    public async Task StartAsync()
    {
        _process = ExternalProcess.Start(Program, ["--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1",
            "--save", "", "--appendonly", "no", "--protected-mode", "no"], redirect: true);
        _ = _process.StandardOutput.ReadToEndAsync();
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (await CanConnectAsync())
            {
                return;
            }

            await Task.Delay(50);
        }

        throw new InvalidOperationException($"redis-server did not accept connections on port {Port}.");
    }

    /// <summary>Kills the server at once, as a crash would.</summary>
    public void Kill()
    {
        _process?.Kill();
        _process?.WaitForExit();
        _process?.Dispose();
        _process = null;
    }

    /// <summary>How many keys the server holds.</summary>
    public async Task<long> KeyCountAsync()
    {
        await using var connection = await ConnectionMultiplexer.ConnectAsync(ConnectionString);
        return await connection.GetServer(ConnectionString).DatabaseSizeAsync();
    }

    /// <summary>Every key the server holds, with its time to live (null: none).</summary>
    public async Task<IReadOnlyDictionary<string, TimeSpan?>> KeysAsync()
    {
        await using var connection = await ConnectionMultiplexer.ConnectAsync(ConnectionString);
        var keys = new Dictionary<string, TimeSpan?>(StringComparer.Ordinal);
        await foreach (var key in connection.GetServer(ConnectionString).KeysAsync())
        {
            keys[key.ToString()] = await connection.GetDatabase().KeyTimeToLiveAsync(key);
        }

        return keys;
    }

    private async Task<bool> CanConnectAsync()
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync("127.0.0.1", Port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    public void Dispose() => Kill();
}
