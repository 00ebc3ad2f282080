using System.Globalization;
using System.Text.Json;
using YamlDotNet.RepresentationModel;

namespace FamilyContext.Plugin.Tests.Support;

/// <summary>
/// The original API's YAML as this service keeps it (docs/api/family-context-api.yaml), read with YamlDotNet, and a checker for the
/// parts of OpenAPI 3 schemas it uses: $ref, allOf, object/array/string/integer/boolean, required, properties,
/// items, and the date and date-time formats. Extra properties are allowed, as the YAML does not forbid them.
/// </summary>
public sealed class OpenApiContract
{
    private readonly YamlMappingNode _root;

    private OpenApiContract(YamlMappingNode root) => _root = root;

    public static OpenApiContract Load()
    {
        // docs/api/family-context-api.yaml, copied beside the tests by the project file: nothing outside the repository.
        var yaml = new YamlStream();
        using var reader = File.OpenText(Path.Combine(AppContext.BaseDirectory, "family-context-api.yaml"));
        yaml.Load(reader);
        return new OpenApiContract((YamlMappingNode)yaml.Documents[0].RootNode);
    }

    /// <summary>True when the YAML has the path (a trailing '/' aside: routing ignores it).</summary>
    public bool Describes(string path) =>
        Map(_root, "paths").Children.Keys.Select(k => ((YamlScalarNode)k).Value!.TrimEnd('/')).Contains(path.TrimEnd('/'), StringComparer.Ordinal);

    /// <summary>Every way <paramref name="json"/> breaks the response schema of the operation; empty when it conforms.</summary>
    public IReadOnlyList<string> Check(string path, string method, int status, string json)
    {
        var operation = Map(Map(Map(_root, "paths"), path), method);
        var schema = Map(Map(Map(Map(Map(operation, "responses"), status.ToString(CultureInfo.InvariantCulture)), "content"), "application/json"), "schema");
        using var document = JsonDocument.Parse(json);
        var errors = new List<string>();
        Validate(document.RootElement, schema, "$", errors);
        return errors;
    }

    /// <summary>The response codes the YAML lists for an operation.</summary>
    public IReadOnlyList<string> Statuses(string path, string method) =>
        [.. Map(Map(Map(Map(_root, "paths"), path), method), "responses").Children.Keys.Select(k => ((YamlScalarNode)k).Value!)];

    private void Validate(JsonElement value, YamlMappingNode schema, string at, List<string> errors)
    {
        if (Text(schema, "$ref") is { } reference)
        {
            Validate(value, Resolve(reference), at, errors);
            return;
        }

        if (schema.Children.TryGetValue(new YamlScalarNode("allOf"), out var all))
        {
            foreach (var part in ((YamlSequenceNode)all).Children.Cast<YamlMappingNode>())
            {
                Validate(value, part, at, errors);
            }
        }

        var type = Text(schema, "type") ?? (schema.Children.ContainsKey(new YamlScalarNode("properties")) ? "object" : null);
        switch (type)
        {
            case "object":
                if (value.ValueKind != JsonValueKind.Object)
                {
                    errors.Add($"{at}: expected an object, found {value.ValueKind}");
                    return;
                }

                if (schema.Children.TryGetValue(new YamlScalarNode("required"), out var required))
                {
                    foreach (var name in ((YamlSequenceNode)required).Children.Select(n => ((YamlScalarNode)n).Value!))
                    {
                        if (!value.TryGetProperty(name, out var present) || present.ValueKind == JsonValueKind.Null)
                        {
                            errors.Add($"{at}: required property '{name}' is missing");
                        }
                    }
                }

                if (schema.Children.TryGetValue(new YamlScalarNode("properties"), out var properties))
                {
                    foreach (var (key, propertySchema) in ((YamlMappingNode)properties).Children)
                    {
                        var name = ((YamlScalarNode)key).Value!;
                        if (value.TryGetProperty(name, out var property) && property.ValueKind != JsonValueKind.Null)
                        {
                            Validate(property, (YamlMappingNode)propertySchema, $"{at}.{name}", errors);
                        }
                    }
                }

                break;
            case "array":
                if (value.ValueKind != JsonValueKind.Array)
                {
                    errors.Add($"{at}: expected an array, found {value.ValueKind}");
                    return;
                }

                var items = Map(schema, "items");
                var index = 0;
                foreach (var item in value.EnumerateArray())
                {
                    Validate(item, items, $"{at}[{index++}]", errors);
                }

                break;
            case "string":
                if (value.ValueKind != JsonValueKind.String)
                {
                    errors.Add($"{at}: expected a string, found {value.ValueKind}");
                }
                else if (Text(schema, "format") is "date" && !DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                {
                    errors.Add($"{at}: '{value.GetString()}' is not a date (yyyy-MM-dd)");
                }
                else if (Text(schema, "format") is "date-time" && !DateTimeOffset.TryParse(value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                {
                    errors.Add($"{at}: '{value.GetString()}' is not a date-time");
                }

                break;
            case "integer":
                if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt64(out _))
                {
                    errors.Add($"{at}: expected an integer, found {value.ValueKind}");
                }

                break;
            case "boolean":
                if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                {
                    errors.Add($"{at}: expected a boolean, found {value.ValueKind}");
                }

                break;
        }
    }

    private YamlMappingNode Resolve(string reference)
    {
        var node = _root;
        foreach (var part in reference.TrimStart('#', '/').Split('/'))
        {
            node = Map(node, part);
        }

        return node;
    }

    private static YamlMappingNode Map(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var child) && child is YamlMappingNode map
            ? map
            : throw new InvalidOperationException($"The YAML has no mapping '{key}' here.");

    private static string? Text(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var child) && child is YamlScalarNode scalar ? scalar.Value : null;
}
