using FamilyContext.Plugin.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace FamilyContext.Plugin.Tests.Deployment;

/// <summary>Every document of every file in manifests/kubernetes, parsed by YamlDotNet, with small helpers to read them.</summary>
internal sealed class KubernetesManifests
{
    public static readonly string Folder = Repository.File("manifests", "kubernetes");

    private KubernetesManifests(IReadOnlyList<Document> documents) => Documents = documents;

    public IReadOnlyList<Document> Documents { get; }

    public static KubernetesManifests Load()
    {
        var documents = new List<Document>();
        foreach (var file in Directory.GetFiles(Folder, "*.yaml").Where(f => !Path.GetFileName(f).StartsWith('.')).Order(StringComparer.Ordinal))
        {
            var stream = new YamlStream();
            using (var reader = new StreamReader(file))
            {
                stream.Load(reader);
            }

            documents.AddRange(stream.Documents.Select(d => new Document(Path.GetFileName(file), (YamlMappingNode)d.RootNode)));
        }

        return new KubernetesManifests(documents);
    }

    public IEnumerable<Document> OfKind(string kind) => Documents.Where(d => d.Kind == kind);

    public Document Single(string kind) => Assert.Single(OfKind(kind));

    /// <summary>Each workload's pod spec: the Deployment's, and the CronJob's job's.</summary>
    public IEnumerable<(Document Owner, YamlMappingNode Template)> PodTemplates() =>
        OfKind("Deployment").Select(d => (d, Yaml.Map(d.Root, "spec", "template")))
            .Concat(OfKind("CronJob").Select(d => (d, Yaml.Map(d.Root, "spec", "jobTemplate", "spec", "template"))));

    public IEnumerable<YamlMappingNode> Containers() =>
        PodTemplates().SelectMany(p => Yaml.Sequence(p.Template, "spec", "containers").Cast<YamlMappingNode>());

    internal sealed record Document(string File, YamlMappingNode Root)
    {
        public string Kind => Yaml.Text(Root, "kind");

        public string Name => Yaml.Text(Root, "metadata", "name");

        public override string ToString() => $"{Kind} {Name} ({File})";
    }
}

/// <summary>Reading YamlDotNet's node tree by path; a missing key fails the test, naming the path.</summary>
internal static class Yaml
{
    public static YamlNode? Find(YamlNode node, params string[] path)
    {
        foreach (var key in path)
        {
            if (node is not YamlMappingNode map || !map.Children.TryGetValue(new YamlScalarNode(key), out var next))
            {
                return null;
            }

            node = next;
        }

        return node;
    }

    public static YamlNode Get(YamlNode node, params string[] path) =>
        Find(node, path) ?? throw new Xunit.Sdk.XunitException($"'{string.Join('.', path)}' is missing.");

    public static YamlMappingNode Map(YamlNode node, params string[] path) => (YamlMappingNode)Get(node, path);

    public static YamlSequenceNode Sequence(YamlNode node, params string[] path) => (YamlSequenceNode)Get(node, path);

    public static string Text(YamlNode node, params string[] path) => ((YamlScalarNode)Get(node, path)).Value ?? "";

    public static string? TextOrNull(YamlNode node, params string[] path) => (Find(node, path) as YamlScalarNode)?.Value;

    public static IReadOnlyDictionary<string, string> Labels(YamlNode node, params string[] path) =>
        Map(node, path).Children.ToDictionary(c => ((YamlScalarNode)c.Key).Value!, c => ((YamlScalarNode)c.Value).Value ?? "");

    /// <summary>Every environment variable a container sets: by name, with its value (null when read from elsewhere) and where from.</summary>
    public static IEnumerable<(string Name, string? Value, YamlMappingNode? From)> Environment(YamlMappingNode container) =>
        Find(container, "env") is YamlSequenceNode env
            ? env.Cast<YamlMappingNode>().Select(e => (Text(e, "name"), TextOrNull(e, "value"), Find(e, "valueFrom") as YamlMappingNode))
            : [];
}
