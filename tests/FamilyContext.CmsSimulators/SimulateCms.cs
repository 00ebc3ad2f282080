using System.CommandLine;

namespace FamilyContext.CmsSimulators;

/// <summary>
/// <c>simulate-cms mosaic|liquidlogic --port N [--launch-keys jwks.json]</c>: a simulated CMS for an administrator's rehearsal,
/// serving the sample people and relationships on 127.0.0.1, and printing the settings that point Family Context at it.
/// </summary>
public static class SimulateCms
{
    /// <summary>The group the printed access rule permits; give it to <c>mint-launch-token --group</c>.</summary>
    public const string WorkersGroup = "simulated-cms-workers";

    public static RootCommand CommandLine()
    {
        var system = new Argument<string>("cms") { Description = "Which CMS to simulate: mosaic or liquidlogic." };
        system.AcceptOnlyFromAmong("mosaic", "liquidlogic");
        var port = new Option<int>("--port") { Description = "The port to listen on, on 127.0.0.1.", DefaultValueFactory = _ => 5090 };
        var keys = new Option<FileInfo?>("--launch-keys")
        {
            Description = "A JSON Web Key Set file (from mint-launch-token --jwks) to publish at /.well-known/jwks.json, as the CMS publishes its launch keys.",
        };
        var root = new RootCommand("simulate-cms: a simulated Mosaic or LiquidLogic with sample people, for rehearsing an installation. Ctrl+C stops it.")
        {
            system, port, keys,
        };
        root.SetAction(async (parse, ct) =>
        {
            await using var simulator = await StartAsync(parse.GetValue(system)!, parse.GetValue(port), parse.GetValue(keys)?.FullName, ct);
            var output = parse.InvocationConfiguration.Output;
            foreach (var line in Describe(parse.GetValue(system)!, simulator))
            {
                await output.WriteLineAsync(line);
            }

            try
            {
                await Task.Delay(Timeout.Infinite, ct);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C: stop serving.
            }

            return 0;
        });
        return root;
    }

    /// <summary>Starts the simulator named <paramref name="cms"/> on <paramref name="port"/>, publishing the key set in <paramref name="keysFile"/> if given.</summary>
    public static async Task<CmsSimulator> StartAsync(string cms, int port, string? keysFile, CancellationToken cancellationToken = default)
    {
        CmsSimulator simulator = cms.Equals("mosaic", StringComparison.OrdinalIgnoreCase) ? new MosaicSimulator() : new LiquidLogicSimulator();
        simulator.PublishedKeys = keysFile is null ? null : await File.ReadAllTextAsync(keysFile, cancellationToken);
        await simulator.StartAsync(port);
        return simulator;
    }

    /// <summary>
    /// What the simulator prints: where it listens, the settings (as environment variables) that point Family Context at it,
    /// and the sample people to launch the panel for.
    /// </summary>
    public static IReadOnlyList<string> Describe(string cms, CmsSimulator simulator)
    {
        var name = cms.Equals("mosaic", StringComparison.OrdinalIgnoreCase) ? "Mosaic" : "LiquidLogic";
        var launch = $"FamilyContext__Launch__Issuers__{cms.ToLowerInvariant()}";
        var lines = new List<string>
        {
            $"# Simulated {name} on {new Uri(simulator.TokenUrl, "/")} (Ctrl+C stops it). Settings for Family Context:",
            "DOTNET_ENVIRONMENT=Development",
            "FamilyContext__Demo__Enabled=false",
            $"FamilyContext__Cms__System={name}",
            $"FamilyContext__Cms__{name}__BaseUrl={simulator.BaseUrl}",
            $"FamilyContext__Cms__{name}__TokenUrl={simulator.TokenUrl}",
            $"FamilyContext__Cms__{name}__ClientId={simulator.ClientId}",
            $"FamilyContext__Cms__{name}__ClientSecret={simulator.ClientSecret}",
            $"{launch}__Issuer={Issuer(cms)}",
            "FamilyContext__Access__Rules__0__Kind=Group",
            $"FamilyContext__Access__Rules__0__Subject={WorkersGroup}",
            "FamilyContext__Access__Rules__0__Effect=Permit",
        };
        if (simulator.PublishedKeys is not null)
        {
            lines.Add($"{launch}__JsonWebKeySetUrl={simulator.KeysUrl}");
        }
        else
        {
            lines.Add("# No --launch-keys given: set " + launch + "__JsonWebKeySet to the key set mint-launch-token --jwks prints.");
        }

        lines.Add($"# Sample people: child {SeedFamily.Child} (mother, father, mother's partner, siblings, grandparents, a restricted half-sister, " +
            $"a private foster carer whose code is not in the default mapping), child {SeedFamily.RestrictedChild} (restricted), " +
            $"{SeedFamily.LonePerson} (no relatives). Workers: {SeedFamily.PlainWorker}, {SeedFamily.PermittedWorker} (may see restricted people).");
        return lines;
    }

    /// <summary>The <c>iss</c> the simulated CMS's launch tokens carry.</summary>
    public static string Issuer(string cms) => $"urn:simulated-cms:{cms.ToLowerInvariant()}";
}
