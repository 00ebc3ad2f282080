using System.Diagnostics;
using System.Net.Sockets;

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

    /// <summary>How many keys the server holds, asked over a raw RESP connection.</summary>
    public async Task<long> KeyCountAsync()
    {
        using var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", Port);
        var stream = client.GetStream();
        await stream.WriteAsync("*1\r\n$6\r\nDBSIZE\r\n"u8.ToArray());
        var buffer = new byte[64];
        var read = await stream.ReadAsync(buffer);
        var reply = System.Text.Encoding.ASCII.GetString(buffer, 0, read);
        return long.Parse(reply.TrimStart(':').Trim(), System.Globalization.CultureInfo.InvariantCulture);
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
