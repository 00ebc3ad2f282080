using System.Security.Cryptography;
using System.Text.Json;
using FamilyContext.Plugin.Demo;
using Microsoft.Extensions.Options;

namespace FamilyContext.Plugin.Tests.Demo;

/// <summary>
/// <c>FamilyContext:Demo:LaunchKeyFile</c>: instances reading one key file publish one key (same id), so a link minted by one
/// opens on another; without it each start makes its own; a file that is not a P-256 private key stops start-up, naming the setting.
/// </summary>
public sealed class DemoLaunchKeyFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("fc-demo-key-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Two_instances_reading_one_key_file_publish_the_same_key_and_two_without_one_do_not()
    {
        using var made = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var file = Write("shared.pem", made.ExportPkcs8PrivateKeyPem());

        using var first = Key(file);
        using var second = Key(file);
        using var fresh = Key(null);
        using var otherFresh = Key(null);

        Assert.Equal(first.PublicJwks(), second.PublicJwks());
        Assert.Equal(Convert.ToBase64String(made.ExportParameters(false).Q.X!).TrimEnd('=').Replace('+', '-').Replace('/', '_'), PublicX(first));
        Assert.NotEqual(fresh.PublicJwks(), otherFresh.PublicJwks());
    }

    [Theory]
    [InlineData("rsa")]
    [InlineData("p384")]
    [InlineData("missing")]
    [InlineData("public-only")]
    public void A_file_that_is_not_a_P256_private_key_stops_start_up_naming_the_setting(string kind)
    {
        using var p384 = ECDsa.Create(ECCurve.NamedCurves.nistP384);
        using var p256 = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var rsa = RSA.Create(2048);
        var file = kind switch
        {
            "rsa" => Write("rsa.pem", rsa.ExportPkcs8PrivateKeyPem()),
            "p384" => Write("p384.pem", p384.ExportPkcs8PrivateKeyPem()),
            "public-only" => Write("public.pem", p256.ExportSubjectPublicKeyInfoPem()),
            _ => Path.Combine(_folder, "absent.pem"),
        };

        var failure = Assert.Throws<InvalidOperationException>(() => Key(file).Dispose());

        Assert.Contains("FamilyContext:Demo:LaunchKeyFile", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(_folder, failure.Message, StringComparison.Ordinal);
    }

    private static DemoLaunchKey Key(string? file) => new(TimeProvider.System, Options.Create(new DemoOptions { LaunchKeyFile = file }));

    private static string PublicX(DemoLaunchKey key) =>
        JsonDocument.Parse(key.PublicJwks()).RootElement.GetProperty("keys")[0].GetProperty("x").GetString()!;

    private string Write(string name, string pem)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, pem);
        return path;
    }
}
