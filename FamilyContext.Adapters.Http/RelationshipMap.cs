using FamilyContext.Plugin.Abstractions;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace FamilyContext.Adapters.Http;

/// <summary>
/// A site's mapping of CMS relationship codes (or descriptions) to normalised types, read from a YAML file.
/// Type ids differ between sites, so an all-digit code is refused: map by code or description, never by id.
/// </summary>
public sealed class RelationshipMap
{
    private readonly Dictionary<string, RelationshipMapEntry> _byCode;
    private readonly Dictionary<string, RelationshipMapEntry> _byDescription;
    private readonly HashSet<string> _duplicateCodes;

    private RelationshipMap(IReadOnlyList<RelationshipMapEntry> entries, IEnumerable<string> duplicateCodes)
    {
        _byCode = new(StringComparer.OrdinalIgnoreCase);
        _byDescription = new(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in entries)
        {
            if (!string.IsNullOrWhiteSpace(entry.Code))
            {
                _byCode[entry.Code.Trim()] = entry;
            }

            if (!string.IsNullOrWhiteSpace(entry.Description))
            {
                _byDescription[entry.Description.Trim()] = entry;
            }
        }

        _duplicateCodes = new(duplicateCodes.Select(c => c.Trim()), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Reads and checks a mapping file; every problem is reported in one <see cref="InvalidOperationException"/>.</summary>
    public static RelationshipMap Load(string path)
    {
        RelationshipMapFile file;
        try
        {
            var yaml = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build();
            file = yaml.Deserialize<RelationshipMapFile?>(File.ReadAllText(path)) ?? new RelationshipMapFile();
        }
        catch (YamlException ex)
        {
            throw new InvalidOperationException($"Relationship mapping file '{path}' is not valid YAML: {ex.Message}", ex);
        }

        var errors = new List<string>();
        for (var i = 0; i < file.Relationships.Count; i++)
        {
            var entry = file.Relationships[i];
            if (string.IsNullOrWhiteSpace(entry.Code) && string.IsNullOrWhiteSpace(entry.Description))
            {
                errors.Add($"entry {i + 1} has neither a code nor a description");
            }

            if (entry.Code is { } code && code.Trim().All(char.IsAsciiDigit))
            {
                errors.Add($"entry {i + 1} maps the numeric type id '{code}'; map by code or description, because type ids differ between sites");
            }
        }

        if (file.DuplicateCodes.Count == 0)
        {
            errors.Add("duplicateCodes is empty; list the code(s) that mark a duplicate person record, e.g. DUPLICATE");
        }

        return errors.Count == 0
            ? new RelationshipMap(file.Relationships, file.DuplicateCodes)
            : throw new InvalidOperationException($"Relationship mapping file '{path}' has errors: {string.Join("; ", errors)}.");
    }

    /// <summary>True when <paramref name="code"/> marks two records of the same person.</summary>
    public bool IsDuplicate(string code) => _duplicateCodes.Contains(code.Trim());

    /// <summary>The entry for a code, or failing that its description; null when the site has not mapped it.</summary>
    public RelationshipMapEntry? Find(string code, string? description) =>
        _byCode.GetValueOrDefault(code.Trim())
        ?? (description is null ? null : _byDescription.GetValueOrDefault(description.Trim()));

    private sealed class RelationshipMapFile
    {
        public List<string> DuplicateCodes { get; set; } = [];

        public List<RelationshipMapEntry> Relationships { get; set; } = [];
    }
}

/// <summary>One line of a mapping file.</summary>
public sealed class RelationshipMapEntry
{
    /// <summary>The CMS relationship code, e.g. "MOTHER".</summary>
    public string? Code { get; set; }

    /// <summary>The CMS description, matched when the code is not, e.g. "Mother : Son".</summary>
    public string? Description { get; set; }

    /// <summary>What the other person is to the person the link is stored against.</summary>
    public RelationshipType Type { get; set; }

    /// <summary>What the stored person is to the other, used when the CMS holds the link only from the other side.</summary>
    public RelationshipType ReciprocalType { get; set; }
}
