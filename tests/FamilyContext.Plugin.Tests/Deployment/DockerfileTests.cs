using System.Text.Json;
using System.Text.RegularExpressions;
using FamilyContext.Plugin.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace FamilyContext.Plugin.Tests.Deployment;

/// <summary>
/// The Dockerfile, read without Docker (there is none here, so the image itself is not built by the tests): its stages, the
/// non-root user, no secret, an entry point and port that match the service and the Kubernetes manifests, and every file it
/// copies present in the repository and not left out by .dockerignore.
/// </summary>
public sealed partial class DockerfileTests
{
    private readonly List<Stage> _stages = Parse(File.ReadAllText(Repository.File("Dockerfile")));

    [Fact]
    public void Node_builds_the_styles_the_SDK_publishes_and_the_runtime_image_holds_only_the_published_service()
    {
        Assert.Equal(3, _stages.Count);
        var (styles, build, runtime) = (_stages[0], _stages[1], _stages[2]);
        Assert.StartsWith("node:", styles.Image, StringComparison.Ordinal);
        Assert.Contains(styles.All("RUN"), r => r.Contains("npm ci", StringComparison.Ordinal));
        Assert.Contains(styles.All("RUN"), r => r.Contains("npm run build", StringComparison.Ordinal));
        Assert.StartsWith("mcr.microsoft.com/dotnet/sdk:10.0", build.Image, StringComparison.Ordinal);
        var publish = Assert.Single(build.All("RUN"), r => r.StartsWith("dotnet publish", StringComparison.Ordinal));
        Assert.Contains("-c Release", publish, StringComparison.Ordinal);
        Assert.Contains("SkipFrontEndBuild=true", publish, StringComparison.Ordinal);
        Assert.True(File.Exists(Repository.File(publish.Split(' ')[2])), $"{publish} names a project that does not exist");
        Assert.Contains(build.All("COPY"), c => c.StartsWith($"--from={styles.Name} ", StringComparison.Ordinal) && c.Contains("wwwroot/lib", StringComparison.Ordinal));
        Assert.StartsWith("mcr.microsoft.com/dotnet/aspnet:10.0", runtime.Image, StringComparison.Ordinal);
        Assert.Equal([$"--from={build.Name} /app ./"], runtime.All("COPY"));
        Assert.Empty(runtime.All("RUN"));
    }

    [Fact]
    public void The_image_runs_the_service_as_the_same_non_root_user_and_port_as_the_Kubernetes_deployment()
    {
        var runtime = _stages[^1];
        var user = Assert.Single(runtime.All("USER"));
        Assert.Matches("^[1-9][0-9]*$", user);

        var entryPoint = JsonSerializer.Deserialize<string[]>(Assert.Single(runtime.All("ENTRYPOINT")))!;
        Assert.Equal(["dotnet", typeof(Program).Assembly.GetName().Name + ".dll"], entryPoint);

        var port = Environment(runtime)["ASPNETCORE_HTTP_PORTS"];
        Assert.Equal(port, Assert.Single(runtime.All("EXPOSE")));

        var deployment = KubernetesManifests.Load().Single("Deployment");
        var pod = Yaml.Map(deployment.Root, "spec", "template", "spec");
        Assert.Equal(user, Yaml.Text(pod, "securityContext", "runAsUser"));
        var container = Assert.Single(Yaml.Sequence(pod, "containers").Cast<YamlMappingNode>());
        Assert.Equal(port, Yaml.Text(Assert.Single(Yaml.Sequence(container, "ports")), "containerPort"));
        Assert.Equal(Yaml.Text(container, "image").Split(':')[0], Yaml.Text(Assert.Single(Yaml.Sequence(KubernetesManifests.Load().Single("CronJob").Root,
            "spec", "jobTemplate", "spec", "template", "spec", "containers")), "image").Split(':')[0]);
    }

    [Fact]
    public void No_secret_is_built_into_the_image()
    {
        foreach (var stage in _stages)
        {
            foreach (var (name, value) in Environment(stage).Concat(stage.All("ARG").Select(a => a.Split('=', 2)).Select(a => new KeyValuePair<string, string>(a[0], a.Length > 1 ? a[1] : ""))))
            {
                Assert.False(SecretName().IsMatch(name) && value.Length > 0, $"{name} gives a secret a value in stage {stage.Name}");
            }

            Assert.DoesNotContain(stage.Instructions, i => i.Arguments.Contains("--mount=type=secret", StringComparison.Ordinal) || SecretFile().IsMatch(i.Arguments));
        }

        var ignored = File.ReadAllLines(Repository.File(".dockerignore"));
        foreach (var pattern in new[] { "**/*.pem", "**/*.key", "**/*.env", "**/.data/", "**/appsettings.Development.json", ".git/" })
        {
            Assert.Contains(pattern, ignored);
        }
    }

    [Fact]
    public void Every_file_the_build_copies_is_in_the_repository_and_not_left_out_of_the_build_context()
    {
        var ignored = File.ReadAllLines(Repository.File(".dockerignore")).Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.TrimEnd('/')).ToList();
        var names = new HashSet<string>();
        foreach (var stage in _stages)
        {
            foreach (var copy in stage.All("COPY"))
            {
                var parts = copy.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (parts[0].StartsWith("--from=", StringComparison.Ordinal))
                {
                    Assert.Contains(parts[0]["--from=".Length..], names);
                    continue;
                }

                foreach (var source in parts[..^1])
                {
                    Assert.True(File.Exists(Repository.File(source)) || Directory.Exists(Repository.File(source)), $"COPY {source}: no such file in the repository");
                    Assert.DoesNotContain(ignored, i => source == i || source.StartsWith(i + "/", StringComparison.Ordinal));
                }
            }

            names.Add(stage.Name);
        }
    }

    private static Dictionary<string, string> Environment(Stage stage) =>
        stage.All("ENV").SelectMany(e => EnvironmentPair().Matches(e)).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);

    /// <summary>The Dockerfile's instructions, continuation lines joined and comments dropped, grouped into stages.</summary>
    private static List<Stage> Parse(string dockerfile)
    {
        var stages = new List<Stage>();
        var joined = ContinuedLine().Replace(dockerfile, " ");
        foreach (var line in joined.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            var (keyword, arguments) = (line.Split(' ', 2)[0].ToUpperInvariant(), Spaces().Replace(line.Split(' ', 2)[1], " ").Trim());
            if (keyword == "FROM")
            {
                var from = arguments.Split(' ');
                Assert.True(from is [_, "AS", _], $"every stage is named: FROM {arguments}");
                stages.Add(new Stage(from[2], from[0], []));
                continue;
            }

            Assert.NotEmpty(stages);
            stages[^1].Instructions.Add((keyword, arguments));
        }

        return stages;
    }

    private sealed record Stage(string Name, string Image, List<(string Keyword, string Arguments)> Instructions)
    {
        public List<string> All(string keyword) => Instructions.Where(i => i.Keyword == keyword).Select(i => i.Arguments).ToList();
    }

    [GeneratedRegex(@"\\\r?\n")]
    private static partial Regex ContinuedLine();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"([A-Za-z_][A-Za-z0-9_]*)=(\S*)")]
    private static partial Regex EnvironmentPair();

    [GeneratedRegex("(?i)(secret|password|connectionstring|token|apikey|redis)")]
    private static partial Regex SecretName();

    [GeneratedRegex(@"(?i)\.(pem|key|pfx|env)\b|appsettings\.Development")]
    private static partial Regex SecretFile();
}
