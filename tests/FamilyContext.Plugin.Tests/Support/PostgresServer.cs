using Npgsql;

namespace FamilyContext.Plugin.Tests.Support;

/// <summary>
/// A real PostgreSQL 15 server in a temporary folder on a free loopback port, started once for the tests that
/// share it. Each test asks for its own empty database. As root the server runs as the postgres user.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private const string Bin = "/usr/lib/postgresql/15/bin";
    private string _folder = "";
    private int _port;

    public async Task InitializeAsync()
    {
        var initdb = ExternalProcess.Require(Path.Combine(Bin, "initdb"), "postgresql-15");
        var pgCtl = ExternalProcess.Require(Path.Combine(Bin, "pg_ctl"), "postgresql-15");
        _folder = Directory.CreateTempSubdirectory("fc-pg-").FullName;
        if (ExternalProcess.IsRoot)
        {
            await ExternalProcess.RunAsync("chown", "-R", "postgres:postgres", _folder);
        }

        _port = ExternalProcess.FreePort();
        var data = Path.Combine(_folder, "data");
        await AsServerUserAsync(initdb, "-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-sync");
        await AsServerUserAsync(pgCtl, "-D", data, "-l", Path.Combine(_folder, "server.log"), "-w", "-t", "60", "start",
            "-o", $"-p {_port} -c listen_addresses=127.0.0.1 -k {_folder} -c fsync=off -c full_page_writes=off");
    }

    /// <summary>A new, empty database on the shared server.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = "t_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(ConnectionString("postgres")))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await command.ExecuteNonQueryAsync();
        }

        return ConnectionString(name);
    }

    public async Task DisposeAsync()
    {
        if (_port != 0)
        {
            await AsServerUserAsync(Path.Combine(Bin, "pg_ctl"), "-D", Path.Combine(_folder, "data"), "-m", "immediate", "-w", "stop");
        }

        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean.
        }
    }

    private string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = _port, Username = "postgres", Database = database, Pooling = true }.ToString();

    private static Task AsServerUserAsync(string program, params string[] arguments) =>
        ExternalProcess.IsRoot
            ? ExternalProcess.RunAsync("runuser", ["-u", "postgres", "--", program, .. arguments])
            : ExternalProcess.RunAsync(program, arguments);
}

