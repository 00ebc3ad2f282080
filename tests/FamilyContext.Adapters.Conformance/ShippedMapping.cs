using FamilyContext.Plugin.Abstractions;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace FamilyContext.Adapters.Conformance;

/// <summary>An adapter's shipped mapping file, read independently of the adapter, so the kit can check the adapter against it.</summary>
public sealed class ShippedMapping
{
    private ShippedMapping(IReadOnlyList<Entry> entries, IReadOnlyList<string> duplicateCodes)
    {
        Entries = entries;
        DuplicateCodes = duplicateCodes;
    }

    /// <summary>Every entry that names a code.</summary>
    public IReadOnlyList<Entry> Entries { get; }

    public IReadOnlyList<string> DuplicateCodes { get; }

    /// <summary>Reads <c>mappings/<paramref name="fileName"/></c> from the test's output folder.</summary>
    public static ShippedMapping Load(string fileName)
    {
        var yaml = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).IgnoreUnmatchedProperties().Build();
        var file = yaml.Deserialize<FileShape>(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "mappings", fileName)));
        return new ShippedMapping(
            [.. file.Relationships.Where(e => !string.IsNullOrWhiteSpace(e.Code))
                .Select(e => new Entry(e.Code!.Trim(), e.Description, e.Type, e.ReciprocalType))],
            file.DuplicateCodes);
    }

    /// <summary>One mapped code: what the other person is (<paramref name="Type"/>) and, held from the other side, what the stored person is.</summary>
    public sealed record Entry(string Code, string? Description, RelationshipType Type, RelationshipType ReciprocalType);

    private sealed class FileShape
    {
        public List<string> DuplicateCodes { get; set; } = [];

        public List<EntryShape> Relationships { get; set; } = [];
    }

    private sealed class EntryShape
    {
        public string? Code { get; set; }

        public string? Description { get; set; }

        public RelationshipType Type { get; set; }

        public RelationshipType ReciprocalType { get; set; }
    }
}
