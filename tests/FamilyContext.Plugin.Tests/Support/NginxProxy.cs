using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;

namespace FamilyContext.Plugin.Tests.Support;

/// <summary>
/// Debian's nginx on a free loopback port, ending TLS with a self-signed certificate made here by openssl and
/// passing requests to the service over plain http from <see cref="ProxyAddress"/>, as a council's proxy would.
/// </summary>
public sealed class NginxProxy : IDisposable
{
    public const string Program = "/usr/sbin/nginx";

    /// <summary>The address nginx connects to the service from (a loopback address of its own, so it can be told apart).</summary>
    public const string ProxyAddress = "127.0.0.2";

    private readonly string _folder = Directory.CreateTempSubdirectory("fc-nginx-").FullName;
    private Process? _process;
    private string _thumbprint = "";

    public int Port { get; } = ExternalProcess.FreePort();

    public async Task StartAsync(int servicePort)
    {
        ExternalProcess.Require(Program, "nginx");
        var key = Path.Combine(_folder, "proxy.key");
        var certificate = Path.Combine(_folder, "proxy.crt");
        await ExternalProcess.RunAsync("/usr/bin/openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
            "-subj", "/CN=family-context.test", "-keyout", key, "-out", certificate);
        using (var made = System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadCertificateFromFile(certificate))
        {
            _thumbprint = made.GetCertHashString();
        }

        var port = Port.ToString(CultureInfo.InvariantCulture);
        var service = servicePort.ToString(CultureInfo.InvariantCulture);
        await File.WriteAllTextAsync(Path.Combine(_folder, "nginx.conf"), $$"""
            worker_processes 1;
            pid {{_folder}}/nginx.pid;
            error_log {{_folder}}/error.log;
            {{(ExternalProcess.IsRoot ? "user root;" : "")}}
            events { worker_connections 64; }
            http {
              access_log off;
              client_body_temp_path {{_folder}}/body;
              proxy_temp_path {{_folder}}/proxy;
              fastcgi_temp_path {{_folder}}/fastcgi;
              uwsgi_temp_path {{_folder}}/uwsgi;
              scgi_temp_path {{_folder}}/scgi;
              server {
                listen 127.0.0.1:{{port}} ssl;
                ssl_certificate {{certificate}};
                ssl_certificate_key {{key}};
                location / {
                  proxy_pass http://127.0.0.1:{{service}};
                  proxy_bind {{ProxyAddress}};
                  proxy_set_header Host $http_host;
                  proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                  proxy_set_header X-Forwarded-Proto $scheme;
                }
              }
            }
            """);
        _process = ExternalProcess.Start(Program, ["-p", _folder, "-c", Path.Combine(_folder, "nginx.conf"), "-g", "daemon off;"], redirect: true);
        _ = _process.StandardOutput.ReadToEndAsync();
        _ = _process.StandardError.ReadToEndAsync();
        for (var attempt = 0; attempt < 100; attempt++)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }

        throw new InvalidOperationException($"nginx did not accept connections on port {Port}: {ErrorLog()}");
    }

    /// <summary>A client that reaches nginx for any host name, trusts the self-signed certificate made here, keeps cookies and does not follow redirects.</summary>
    public HttpClient Client(string host) => LoopbackTlsClient($"https://{host}:{Port.ToString(CultureInfo.InvariantCulture)}", Port, _thumbprint);

    /// <summary>
    /// A browser-like client for a TLS server on a loopback port, whatever host name the address names: it trusts exactly the
    /// certificate with the given thumbprint, keeps cookies and does not follow redirects.
    /// </summary>
    public static HttpClient LoopbackTlsClient(string baseAddress, int port, string thumbprint) => new(new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        UseCookies = true,
        ConnectCallback = async (_, ct) =>
        {
            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            await socket.ConnectAsync("127.0.0.1", port, ct);
            return new NetworkStream(socket, ownsSocket: true);
        },
        SslOptions = { RemoteCertificateValidationCallback = (_, presented, _, _) => presented?.GetCertHashString() == thumbprint },
    })
    {
        BaseAddress = new Uri(baseAddress),
        Timeout = TimeSpan.FromSeconds(60),
    };

    public string ErrorLog() => File.Exists(Path.Combine(_folder, "error.log")) ? File.ReadAllText(Path.Combine(_folder, "error.log")) : "";

    public void Dispose()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }

        _process?.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean.
        }
    }
}
