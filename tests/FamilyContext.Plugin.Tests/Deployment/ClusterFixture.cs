using System.Globalization;
using System.Security.Cryptography.X509Certificates;
using FamilyContext.Plugin.Tests.Support;

namespace FamilyContext.Plugin.Tests.Deployment;

/// <summary>
/// The production topology as scripts/cluster.sh runs it — PostgreSQL, Redis, two instances of the service (this build of it)
/// and nginx ending TLS in front of both — on free loopback ports in a temporary folder. The script is run as a person would
/// run it; nginx's access log says which instance served each request.
/// </summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(OpenTemporaryFolder(), "cluster");
    private readonly int[] _instancePorts = [ExternalProcess.FreePort(), ExternalProcess.FreePort()];
    private readonly int _httpsPort = ExternalProcess.FreePort();
    private readonly int _redisPort = ExternalProcess.FreePort();
    private readonly int _postgresPort = ExternalProcess.FreePort();
    private string _thumbprint = "";
    private int _logLinesRead;

    public string BaseAddress => $"https://localhost:{_httpsPort.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The address nginx names an instance by in its access log.</summary>
    public string InstanceAddress(int number) => $"127.0.0.1:{_instancePorts[number - 1].ToString(CultureInfo.InvariantCulture)}";

    public int InstanceNumber(string address) => Array.IndexOf(_instancePorts, int.Parse(address.Split(':')[1], CultureInfo.InvariantCulture)) + 1;

    public async Task InitializeAsync()
    {
        await ScriptAsync("up");
        using var certificate = X509CertificateLoader.LoadCertificateFromFile(Path.Combine(_folder, "tls", "cert.pem"));
        _thumbprint = certificate.GetCertHashString();
    }

    public async Task DisposeAsync()
    {
        await ExternalProcess.OutputAsync("/bin/bash", [Repository.File("scripts", "cluster.sh"), "down"], Environment());
        try
        {
            Directory.Delete(Path.GetDirectoryName(_folder)!, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean.
        }
    }

    /// <summary>Runs scripts/cluster.sh with this cluster's settings; a failure carries the script's words and the instances' logs.</summary>
    public async Task<string> ScriptAsync(params string[] arguments)
    {
        var (exitCode, text) = await ExternalProcess.OutputAsync("/bin/bash", [Repository.File("scripts", "cluster.sh"), .. arguments], Environment());
        if (exitCode != 0)
        {
            var logs = string.Join("\n", Directory.Exists(_folder)
                ? Directory.GetFiles(_folder, "*.log").Select(f => $"--- {Path.GetFileName(f)}\n{string.Join('\n', File.ReadLines(f).TakeLast(30))}")
                : []);
            throw new InvalidOperationException($"scripts/cluster.sh {string.Join(' ', arguments)} exited {exitCode}: {text}\n{logs}");
        }

        return text;
    }

    /// <summary>A browser: reaches nginx as https://localhost, trusts exactly the certificate the script made, keeps cookies, does not follow redirects.</summary>
    public HttpClient Browser() => NginxProxy.LoopbackTlsClient(BaseAddress, _httpsPort, _thumbprint);

    /// <summary>
    /// Sends a GET through nginx and returns the answer with the instance that gave it, read from nginx's access log (the last
    /// address nginx tried, when it moved on from one that failed). Requests go one at a time, so each adds one line.
    /// </summary>
    public async Task<(HttpResponseMessage Response, string Instance)> GetAsync(HttpClient browser, string path)
    {
        var response = await browser.GetAsync(new Uri(path, UriKind.Relative));
        var log = Path.Combine(_folder, "access.log");
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var lines = File.Exists(log) ? File.ReadAllLines(log) : [];
            if (lines.Length > _logLinesRead)
            {
                Assert.Equal(_logLinesRead + 1, lines.Length);
                _logLinesRead = lines.Length;
                // "$msec $request_method $uri $status $upstream_addr": the path, never the query string that holds a token.
                var fields = lines[^1].Split(' ', 5);
                Assert.Equal(path.Split('?')[0], fields[2]);
                return (response, fields[4].Split(", ")[^1]);
            }

            await Task.Delay(20);
        }

        throw new InvalidOperationException($"nginx logged no line for {path.Split('?')[0]}.");
    }

    /// <summary>A temporary folder others may enter: as root, PostgreSQL runs as the postgres user, in a folder below it.</summary>
    private static string OpenTemporaryFolder()
    {
        var folder = Directory.CreateTempSubdirectory("fc-cluster-");
        if (!OperatingSystem.IsWindows())
        {
            folder.UnixFileMode |= UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
        }
        return folder.FullName;
    }

    private Dictionary<string, string> Environment() => new()
    {
        ["FC_CLUSTER_DIR"] = _folder,
        // This build of the service (the one these tests were built with), rather than a Release publish.
        ["FC_CLUSTER_APP"] = Repository.File("FamilyContext.Plugin", "bin", new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name, "net10.0"),
        ["FC_CLUSTER_HTTPS_PORT"] = _httpsPort.ToString(CultureInfo.InvariantCulture),
        ["FC_CLUSTER_PORTS"] = string.Join(' ', _instancePorts),
        ["FC_CLUSTER_REDIS_PORT"] = _redisPort.ToString(CultureInfo.InvariantCulture),
        ["FC_CLUSTER_POSTGRES_PORT"] = _postgresPort.ToString(CultureInfo.InvariantCulture),
    };
}
