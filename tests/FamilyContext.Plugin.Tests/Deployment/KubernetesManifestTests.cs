using System.CommandLine;
using System.Net;
using System.Text.RegularExpressions;
using FamilyContext.Plugin.Commands;
using FamilyContext.Plugin.Tests.Support;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using YamlDotNet.RepresentationModel;

namespace FamilyContext.Plugin.Tests.Deployment;

/// <summary>
/// The Kubernetes manifests (manifests/kubernetes) read as a cluster would: every setting they set is one the service reads,
/// no secret has a value, the probes and the ingest job name what the service really serves and runs, every pod is locked
/// down, the objects select each other's pods, and yamllint finds nothing.
/// </summary>
public sealed partial class KubernetesManifestTests
{
    private readonly KubernetesManifests _manifests = KubernetesManifests.Load();

    [Fact]
    public async Task Yamllint_finds_nothing_in_the_manifests()
    {
        var yamllint = ExternalProcess.Require("/usr/bin/yamllint", "yamllint");

        var output = await ExternalProcess.OutputAsync(yamllint, "--strict", "--format", "parsable", "-c", Path.Combine(KubernetesManifests.Folder, ".yamllint.yaml"), KubernetesManifests.Folder);

        Assert.True(output.ExitCode == 0, $"yamllint found problems:\n{output.Text}");
    }

    [Fact]
    public void Every_setting_the_manifests_set_is_a_setting_the_service_reads()
    {
        var settings = _manifests.OfKind("ConfigMap").SelectMany(c => Yaml.Map(c.Root, "data").Children.Select(d => (Where: c.ToString(), Name: ((YamlScalarNode)d.Key).Value!)))
            .Concat(_manifests.Containers().SelectMany(c => Yaml.Environment(c).Select(e => (Where: $"container {Yaml.Text(c, "name")}", e.Name))))
            .ToList();

        Assert.Contains(settings, s => s.Name == "FamilyContext__Cms__System");
        // envFrom passes on only keys that are valid variable names (letters, digits, underscores): a dotted log category would be dropped.
        Assert.All(settings, s => Assert.Matches("^[A-Za-z_][A-Za-z0-9_]*$", s.Name));
        var unknown = settings.Where(s => !AppSettingNames.IsEnvironmentVariableSetting(s.Name)).Select(s => $"{s.Name} in {s.Where}").ToList();
        Assert.True(unknown.Count == 0, "Not settings of the service: " + string.Join(", ", unknown));
    }

    [Theory]
    [InlineData("FamilyContext:Cms:System", true)]
    [InlineData("FamilyContext:Cms:Mosaic:ClientSecret", true)]
    [InlineData("FamilyContext:Launch:Issuers:mosaic:JsonWebKeySetUrl", true)]
    [InlineData("FamilyContext:Access:Rules:0:Subject", true)]
    [InlineData("FamilyContext:Hosting:KnownNetworks:0", true)]
    [InlineData("FamilyContext:Services:housing:StaleAfter", true)]
    [InlineData("FamilyContext:Cms:Mosaic:ClientSecrets", false)]
    [InlineData("FamilyContext:Hosting:KnownProxy:0", false)]
    [InlineData("FamilyContext:Hosting:KnownNetworks", false)]
    [InlineData("FamilyContext:Access:Rules:first:Subject", false)]
    [InlineData("FamilyContext:Launch:Issuers:mosaic:KeySetUrl", false)]
    [InlineData("FamilyContext:Caches:Redis", false)]
    [InlineData("Familycontext:Cms:System:Name", false)]
    public void The_setting_check_knows_the_service_s_settings_and_refuses_any_other(string key, bool isSetting) =>
        Assert.Equal(isSetting, AppSettingNames.IsSetting(key));

    [Fact]
    public void No_secret_has_a_value_every_one_is_read_from_a_Kubernetes_secret()
    {
        foreach (var secret in _manifests.OfKind("Secret"))
        {
            foreach (var field in new[] { "data", "stringData" })
            {
                Assert.True(Yaml.Find(secret.Root, field) is not YamlMappingNode values || values.Children.All(v => string.IsNullOrEmpty(((YamlScalarNode)v.Value).Value)),
                    $"{secret} holds a value under {field}");
            }
        }

        foreach (var configMap in _manifests.OfKind("ConfigMap"))
        {
            foreach (var (key, value) in Yaml.Map(configMap.Root, "data").Children)
            {
                var name = ((YamlScalarNode)key).Value!;
                Assert.False(IsSecretName(name), $"{name} is a secret: it belongs in a Kubernetes secret, not in {configMap}");
                Assert.DoesNotMatch(SecretLookingValue(), ((YamlScalarNode)value).Value ?? "");
            }
        }

        var secretsRead = 0;
        foreach (var container in _manifests.Containers())
        {
            foreach (var (name, value, from) in Yaml.Environment(container).Where(e => IsSecretName(e.Name)))
            {
                Assert.True(value is null && from is not null && Yaml.Find(from, "secretKeyRef") is YamlMappingNode,
                    $"{name} in container {Yaml.Text(container, "name")} must be read from a secret (valueFrom.secretKeyRef), never given a value");
                secretsRead++;
            }

            Assert.DoesNotContain(Yaml.Environment(container), e => e.Value is { } v && SecretLookingValue().IsMatch(v));
        }

        // The service refuses to start without these (manifests/README.md, "Secrets"): each pod reads them all.
        Assert.True(secretsRead >= 6 * _manifests.Containers().Count(), "every container should read the CMS client secret, the connection strings and Redis from the secret");
    }

    [Fact]
    public void The_probes_name_the_service_s_health_endpoints_on_its_container_port()
    {
        using var factory = new PluginFactory();
        using var client = factory.CreateClient();
        var routes = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().Select(e => "/" + e.RoutePattern.RawText?.TrimStart('/')).ToHashSet();

        var deployment = _manifests.Single("Deployment");
        var container = Assert.Single(Yaml.Sequence(deployment.Root, "spec", "template", "spec", "containers").Cast<YamlMappingNode>());
        var ports = Yaml.Sequence(container, "ports").Cast<YamlMappingNode>().ToList();
        Assert.Equal("/health/live", Yaml.Text(container, "livenessProbe", "httpGet", "path"));
        Assert.Equal("/health/ready", Yaml.Text(container, "readinessProbe", "httpGet", "path"));
        foreach (var probe in new[] { "livenessProbe", "readinessProbe", "startupProbe" })
        {
            var path = Yaml.Text(container, probe, "httpGet", "path");
            Assert.True(routes.Contains(path), $"{probe} asks for {path}, which the service does not serve");
            var port = Yaml.Text(container, probe, "httpGet", "port");
            Assert.Contains(ports, p => Yaml.Text(p, "name") == port || Yaml.Text(p, "containerPort") == port);
        }

        Assert.Equal(Yaml.Text(Assert.Single(ports), "containerPort"), Assert.Single(Yaml.Environment(container), e => e.Name == "ASPNETCORE_HTTP_PORTS").Value);
    }

    [Fact]
    public void The_ingest_CronJob_runs_the_service_s_own_ingest_command_line_for_a_configured_service()
    {
        var cronJob = Assert.Single(_manifests.OfKind("CronJob"));
        var container = Assert.Single(Yaml.Sequence(cronJob.Root, "spec", "jobTemplate", "spec", "template", "spec", "containers").Cast<YamlMappingNode>());
        var args = Yaml.Sequence(container, "args").Cast<YamlScalarNode>().Select(a => a.Value!).ToArray();

        Assert.Null(Yaml.Find(container, "command"));
        Assert.True(FamilyContextCommands.Handles(args), "the image's entry point would start the web host, not a command");
        Assert.Equal("ingest", args[0]);
        var parsed = new RootCommand { IngestCommandLine.Create() }.Parse(args);
        Assert.True(parsed.Errors.Count == 0, string.Join("; ", parsed.Errors.Select(e => e.Message)));
        var configured = new ConfigurationBuilder().AddJsonFile(Repository.File("FamilyContext.Plugin", "appsettings.json")).Build();
        Assert.True(configured.GetSection($"FamilyContext:Services:{args[1]}").Exists(), $"{args[1]} is not a configured service");
        Assert.Equal("Forbid", Yaml.Text(cronJob.Root, "spec", "concurrencyPolicy"));
        var mounts = Yaml.Sequence(container, "volumeMounts").Cast<YamlMappingNode>().Select(m => Yaml.Text(m, "mountPath")).ToList();
        Assert.All(args.Where(a => a.StartsWith('/')), path => Assert.Contains(mounts, m => path.StartsWith(m + "/", StringComparison.Ordinal)));
    }

    [Fact]
    public void Every_pod_runs_as_a_non_root_user_on_a_read_only_root_filesystem_with_no_capabilities_and_limited_resources()
    {
        Assert.Equal(2, _manifests.PodTemplates().Count());
        foreach (var (owner, template) in _manifests.PodTemplates())
        {
            var pod = Yaml.Map(template, "spec");
            Assert.Equal("true", Yaml.Text(pod, "securityContext", "runAsNonRoot"));
            Assert.NotEqual("0", Yaml.Text(pod, "securityContext", "runAsUser"));
            Assert.Equal("RuntimeDefault", Yaml.Text(pod, "securityContext", "seccompProfile", "type"));
            Assert.Equal("false", Yaml.Text(pod, "automountServiceAccountToken"));
            foreach (var container in Yaml.Sequence(pod, "containers").Cast<YamlMappingNode>())
            {
                var where = $"{owner}, container {Yaml.Text(container, "name")}";
                Assert.True(Yaml.Text(container, "securityContext", "readOnlyRootFilesystem") == "true", where);
                Assert.True(Yaml.Text(container, "securityContext", "allowPrivilegeEscalation") == "false", where);
                Assert.True(Yaml.Text(container, "securityContext", "runAsNonRoot") == "true", where);
                Assert.Equal(["ALL"], Yaml.Sequence(container, "securityContext", "capabilities", "drop").Cast<YamlScalarNode>().Select(s => s.Value));
                Assert.Equal("RuntimeDefault", Yaml.Text(container, "securityContext", "seccompProfile", "type"));
                foreach (var resource in new[] { "cpu", "memory" })
                {
                    Assert.NotEmpty(Yaml.Text(container, "resources", "requests", resource));
                    Assert.NotEmpty(Yaml.Text(container, "resources", "limits", resource));
                }

                // The only writable paths are volumes; /tmp is one of them.
                var tmp = Assert.Single(Yaml.Sequence(container, "volumeMounts").Cast<YamlMappingNode>(), m => Yaml.Text(m, "mountPath") == "/tmp");
                var volume = Assert.Single(Yaml.Sequence(pod, "volumes").Cast<YamlMappingNode>(), v => Yaml.Text(v, "name") == Yaml.Text(tmp, "name"));
                Assert.NotNull(Yaml.Find(volume, "emptyDir"));
            }
        }
    }

    [Fact]
    public void The_deployment_runs_two_replicas_or_more_and_its_service_autoscaler_budget_and_network_policy_select_its_pods()
    {
        var deployment = _manifests.Single("Deployment");
        var podLabels = Yaml.Labels(deployment.Root, "spec", "template", "metadata", "labels");
        Assert.True(int.Parse(Yaml.Text(deployment.Root, "spec", "replicas"), System.Globalization.CultureInfo.InvariantCulture) >= 2);
        Assert.True(Selects(Yaml.Labels(deployment.Root, "spec", "selector", "matchLabels"), podLabels));

        var service = _manifests.Single("Service");
        Assert.True(Selects(Yaml.Labels(service.Root, "spec", "selector"), podLabels), $"{service} does not select the deployment's pods");
        var containerPorts = Yaml.Sequence(deployment.Root, "spec", "template", "spec", "containers").Cast<YamlMappingNode>()
            .SelectMany(c => Yaml.Sequence(c, "ports").Cast<YamlMappingNode>()).Select(p => Yaml.Text(p, "name")).ToList();
        Assert.All(Yaml.Sequence(service.Root, "spec", "ports").Cast<YamlMappingNode>(), p => Assert.Contains(Yaml.Text(p, "targetPort"), containerPorts));

        var autoscaler = _manifests.Single("HorizontalPodAutoscaler");
        Assert.Equal(("Deployment", deployment.Name), (Yaml.Text(autoscaler.Root, "spec", "scaleTargetRef", "kind"), Yaml.Text(autoscaler.Root, "spec", "scaleTargetRef", "name")));
        Assert.True(int.Parse(Yaml.Text(autoscaler.Root, "spec", "minReplicas"), System.Globalization.CultureInfo.InvariantCulture) >= 2);

        var budget = _manifests.Single("PodDisruptionBudget");
        Assert.True(Selects(Yaml.Labels(budget.Root, "spec", "selector", "matchLabels"), podLabels), $"{budget} does not select the deployment's pods");

        var webPolicy = Assert.Single(_manifests.OfKind("NetworkPolicy"), p => Selects(Yaml.Labels(p.Root, "spec", "podSelector", "matchLabels"), podLabels));
        Assert.Contains("Ingress", Yaml.Sequence(webPolicy.Root, "spec", "policyTypes").Cast<YamlScalarNode>().Select(s => s.Value));
        var cronLabels = Yaml.Labels(_manifests.Single("CronJob").Root, "spec", "jobTemplate", "spec", "template", "metadata", "labels");
        Assert.False(Selects(Yaml.Labels(service.Root, "spec", "selector"), cronLabels), "the ingest job's pods must not receive the service's traffic");
        Assert.Single(_manifests.OfKind("NetworkPolicy"), p => Selects(Yaml.Labels(p.Root, "spec", "podSelector", "matchLabels"), cronLabels));
    }

    [Fact]
    public void The_ingress_ends_TLS_for_an_allowed_host_and_the_service_trusts_forwarded_headers_from_configured_networks_only()
    {
        var ingress = _manifests.Single("Ingress");
        var settings = Yaml.Map(_manifests.Single("ConfigMap").Root, "data").Children
            .ToDictionary(c => ((YamlScalarNode)c.Key).Value!, c => ((YamlScalarNode)c.Value).Value ?? "");
        var allowedHosts = settings["AllowedHosts"].Split(';');
        var tlsHosts = Yaml.Sequence(ingress.Root, "spec", "tls").Cast<YamlMappingNode>().SelectMany(t => Yaml.Sequence(t, "hosts").Cast<YamlScalarNode>().Select(h => h.Value)).ToList();
        foreach (var rule in Yaml.Sequence(ingress.Root, "spec", "rules").Cast<YamlMappingNode>())
        {
            var host = Yaml.Text(rule, "host");
            Assert.Contains(host, tlsHosts);
            Assert.Contains(host, allowedHosts);
            var backend = Yaml.Map(Assert.Single(Yaml.Sequence(rule, "http", "paths")), "backend", "service");
            Assert.Equal(_manifests.Single("Service").Name, Yaml.Text(backend, "name"));
        }

        var proxies = settings.Where(s => s.Key.StartsWith("FamilyContext__Hosting__KnownProxies__", StringComparison.Ordinal)).Select(s => s.Value).ToList();
        var networks = settings.Where(s => s.Key.StartsWith("FamilyContext__Hosting__KnownNetworks__", StringComparison.Ordinal)).Select(s => s.Value).ToList();
        Assert.True(proxies.Count + networks.Count > 0, "behind the ingress the service must name the proxies whose forwarded headers it honours");
        Assert.All(proxies, p => Assert.True(IPAddress.TryParse(p, out _), p));
        Assert.All(networks, n => Assert.True(IPNetwork.TryParse(n, out var parsed) && parsed.PrefixLength >= 8, n));
    }

    private static bool Selects(IReadOnlyDictionary<string, string> selector, IReadOnlyDictionary<string, string> labels) =>
        selector.Count > 0 && selector.All(s => labels.TryGetValue(s.Key, out var value) && value == s.Value);

    private static bool IsSecretName(string name) => SecretName().IsMatch(name);

    [GeneratedRegex("(Secret|Password|ConnectionString|BearerToken|SessionCookie|Cache__Redis|KeySha256)$", RegexOptions.IgnoreCase)]
    private static partial Regex SecretName();

    [GeneratedRegex("(?i)(password|pwd)=|BEGIN [A-Z ]*PRIVATE KEY")]
    private static partial Regex SecretLookingValue();
}
