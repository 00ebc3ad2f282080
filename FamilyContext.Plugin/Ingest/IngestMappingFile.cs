using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace FamilyContext.Plugin.Ingest;

/// <summary>Reads a mapping file, saying which line is wrong when it cannot.</summary>
internal static class IngestMappingFile
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build();

    /// <exception cref="IngestConfigurationException">The file is missing or not a mapping.</exception>
    public static IngestMapping Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new IngestConfigurationException($"The mapping file {path} does not exist.");
        }

        try
        {
            using var reader = File.OpenText(path);
            return Yaml.Deserialize<IngestMapping?>(reader) ?? throw new IngestConfigurationException($"The mapping file {path} is empty.");
        }
        catch (YamlException e)
        {
            var inner = e.InnerException?.Message ?? e.Message;
            throw new IngestConfigurationException($"The mapping file {path} could not be read at line {e.Start.Line}: {inner}");
        }
    }
}
