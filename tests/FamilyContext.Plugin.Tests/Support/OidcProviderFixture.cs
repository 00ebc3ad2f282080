using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;

namespace FamilyContext.Plugin.Tests.Support;

/// <summary>
/// A real OpenID Connect provider — the npm package <c>oidc-provider</c>, run by node from tests/oidc-provider on a
/// free loopback port. Runs <c>npm ci</c> there first if its packages are not installed. The test picks who signs in
/// next; <see cref="AuthorizeAsync"/> then plays the browser's part at the provider.
/// </summary>
public sealed class OidcProviderFixture : IAsyncLifetime
{
    public const string ClientId = "family-context";
    public const string ClientSecret = "test-client-secret";

    private Process? _node;

    /// <summary>For the in-memory service at https://localhost. (xunit needs this to be the only public constructor.)</summary>
    public OidcProviderFixture()
        : this("https://localhost/signin/callback")
    {
    }

    private OidcProviderFixture(string callback) => Callback = callback;

    public Uri Issuer { get; private set; } = null!;

    /// <summary>The one redirect URI the provider accepts for the client.</summary>
    public string Callback { get; }

    /// <summary>For a service at another address, e.g. Kestrel on a loopback port.</summary>
    public static OidcProviderFixture For(string callback) => new(callback);

    public async Task InitializeAsync()
    {
        var folder = FindFolder();
        if (!File.Exists(Path.Combine(folder, "node_modules", ".package-lock.json")))
        {
            await RunAsync("npm", "ci --no-audit --no-fund --loglevel=error", folder);
        }

        _node = Process.Start(new ProcessStartInfo("node", $"server.mjs --port 0 --redirect-uri {Callback} --client-id {ClientId} --client-secret {ClientSecret}")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        }) ?? throw new InvalidOperationException("node did not start");
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        _node.OutputDataReceived += (_, e) =>
        {
            if (e.Data?.StartsWith("listening ", StringComparison.Ordinal) == true)
            {
                listening.TrySetResult(new Uri(e.Data["listening ".Length..]));
            }
        };
        _node.ErrorDataReceived += (_, _) => { }; // drained so the provider never blocks on a full pipe
        _node.Exited += (_, _) => listening.TrySetException(new InvalidOperationException("The OpenID provider exited before listening."));
        _node.EnableRaisingEvents = true;
        _node.BeginOutputReadLine();
        _node.BeginErrorReadLine();
        Issuer = await listening.Task.WaitAsync(TimeSpan.FromMinutes(1));
    }

    /// <summary>Settings that point the service at this provider.</summary>
    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["FamilyContext:SignIn:Authority"] = Issuer.ToString(),
        ["FamilyContext:SignIn:ClientId"] = ClientId,
        ["FamilyContext:SignIn:ClientSecret"] = ClientSecret,
        ["FamilyContext:SignIn:Scopes"] = "openid profile roles",
        ["FamilyContext:SignIn:RequireHttpsMetadata"] = "false",
    };

    /// <summary>The next person to sign in at the provider.</summary>
    public async Task NextLoginAsync(string subject, string name, string[] roles, string[]? groups = null)
    {
        using var http = new HttpClient();
        using var response = await http.PostAsJsonAsync(new Uri(Issuer, "/test/next-login"), new { sub = subject, name, roles, groups = groups ?? [] });
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Follows the provider's redirects from the authorization URL until it sends the browser back to us.</summary>
    public async Task<Uri> AuthorizeAsync(Uri authorizationUrl)
    {
        using var handler = new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() };
        using var http = new HttpClient(handler);
        var next = authorizationUrl;
        for (var hop = 0; hop < 10; hop++)
        {
            using var response = await http.GetAsync(next);
            var location = response.Headers.Location ?? throw new InvalidOperationException(
                $"The provider answered {(int)response.StatusCode} without a redirect: {await response.Content.ReadAsStringAsync()}");
            next = location.IsAbsoluteUri ? location : new Uri(next, location);
            if (next.ToString().StartsWith(Callback, StringComparison.Ordinal))
            {
                return next;
            }
        }

        throw new InvalidOperationException("The provider never sent the browser back.");
    }

    public Task DisposeAsync()
    {
        if (_node is { HasExited: false })
        {
            _node.Kill();
        }

        _node?.Dispose();
        return Task.CompletedTask;
    }

    private static string FindFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "oidc-provider");
            if (File.Exists(Path.Combine(candidate, "server.mjs")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("tests/oidc-provider not found above the test binaries.");
    }

    private static async Task RunAsync(string file, string arguments, string folder)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments) { WorkingDirectory = folder, UseShellExecute = false })
            ?? throw new InvalidOperationException($"{file} did not start");
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {arguments} failed with exit code {process.ExitCode} in {folder}");
        }
    }
}
