using System.CommandLine;
using System.Net;
using System.Security.Cryptography;
using FamilyContext.CmsSimulators;
using FamilyContext.Plugin.Commands;
using FamilyContext.Plugin.Tests.Support;

namespace FamilyContext.Plugin.Tests.Launch;

/// <summary>
/// The administrator's rehearsal, as the README walks through it: a key, its public half published by the simulated CMS,
/// the settings the simulator prints, a token minted as the CMS would, and the panel opened with it.
/// </summary>
public sealed class RehearsalKitTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("fc-rehearsal-").FullName;
    private PluginFactory _factory = null!;
    private CmsSimulator _simulator = null!;
    private string _keyFile = null!;

    public async Task InitializeAsync()
    {
        _keyFile = Path.Combine(_folder, "cms-launch-key.pem");
        using (var key = ECDsa.Create(ECCurve.NamedCurves.nistP256))
        {
            await File.WriteAllTextAsync(_keyFile, key.ExportPkcs8PrivateKeyPem());
        }

        var (_, jwks, _) = await MintAsync("Development", "--key", _keyFile, "--jwks");
        var jwksFile = Path.Combine(_folder, "cms-launch-keys.json");
        await File.WriteAllTextAsync(jwksFile, jwks);
        _simulator = await SimulateCms.StartAsync("mosaic", ExternalProcess.FreePort(), jwksFile);

        _factory = new PluginFactory { UseDemoCms = true };
        _factory.Time.Set(DateTimeOffset.UtcNow);
        foreach (var line in SimulateCms.Describe("mosaic", _simulator).Where(l => l.StartsWith("FamilyContext__", StringComparison.Ordinal)))
        {
            var (name, value) = (line[..line.IndexOf('=', StringComparison.Ordinal)], line[(line.IndexOf('=', StringComparison.Ordinal) + 1)..]);
            _factory.Settings[name.Replace("__", ":", StringComparison.Ordinal)] = value;
        }
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _simulator.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task A_token_minted_from_the_administrators_key_opens_the_panel_on_the_simulated_Mosaic_family()
    {
        var (exitCode, link, error) = await MintAsync("Development", "--key", _keyFile, "--cms", "mosaic", "--issuer", SimulateCms.Issuer("mosaic"),
            "--worker", SeedFamily.PlainWorker, "--child", SeedFamily.Child, "--group", SimulateCms.WorkersGroup, "--panel-url", "https://localhost/");
        Assert.True(exitCode == 0, error);
        using var browser = _factory.Browser();

        var launch = await browser.GetAsync(new Uri(new Uri(link.Trim()).PathAndQuery, UriKind.Relative));
        var panel = await browser.GetStringAsync(launch.Headers.Location);

        Assert.StartsWith("https://localhost/launch/mosaic?token=", link, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, launch.StatusCode);
        Assert.Contains("Jade Stone", panel, StringComparison.Ordinal);
        Assert.Contains("Liam Carter", panel, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_token_from_a_CMS_clock_ten_minutes_ahead_is_refused()
    {
        var (_, token, _) = await MintAsync("Development", "--key", _keyFile, "--issuer", SimulateCms.Issuer("mosaic"),
            "--worker", SeedFamily.PlainWorker, "--child", SeedFamily.Child, "--group", SimulateCms.WorkersGroup, "--clock-offset", "600");
        using var browser = _factory.Browser();

        var launch = await browser.GetAsync(new Uri($"/launch/mosaic?token={token.Trim()}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, launch.StatusCode);
    }

    [Fact]
    public async Task Minting_in_a_Production_environment_is_refused_unless_the_administrator_says_so()
    {
        string[] mint = ["--key", _keyFile, "--issuer", "urn:cms", "--worker", "W1", "--child", "C1"];

        var (refusedExit, refusedToken, refusal) = await MintAsync("Production", mint);
        var (allowedExit, allowedToken, _) = await MintAsync("Production", [.. mint, "--allow-production"]);

        Assert.Equal(2, refusedExit);
        Assert.Empty(refusedToken);
        Assert.Contains("The environment is Production", refusal, StringComparison.Ordinal);
        Assert.Equal(0, allowedExit);
        Assert.Equal(3, allowedToken.Trim().Split('.').Length);
    }

    [Fact]
    public async Task A_key_file_that_is_not_a_private_key_is_refused_with_a_clear_message()
    {
        var notAKey = Path.Combine(_folder, "not-a-key.pem");
        await File.WriteAllTextAsync(notAKey, "hello");

        var (exitCode, _, error) = await MintAsync("Development", "--key", notAKey, "--jwks");

        Assert.Equal(2, exitCode);
        Assert.StartsWith($"The key could not be read from {notAKey}", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Output, string Error)> MintAsync(string environment, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var root = new RootCommand { MintLaunchTokenCommandLine.Create(() => environment) };
        var exitCode = await root.Parse(["mint-launch-token", .. args]).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (exitCode, output.ToString(), error.ToString());
    }
}
