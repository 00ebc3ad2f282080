using System.Collections;
using System.Reflection;
using FamilyContext.Plugin.Services;

namespace FamilyContext.Plugin.Tests.Deployment;

/// <summary>
/// Whether a configuration key (<c>FamilyContext:Cms:System</c>, or as an environment variable
/// <c>FamilyContext__Cms__System</c>) is a setting the service really reads: found by reflection over every options class
/// the service and its shipped adapters bind (each names its section in a <c>SectionName</c> constant), walking the key's
/// parts through the class's properties, dictionaries and lists as the configuration binder does. Outside the service's
/// own section only the framework settings a deployment sets are known.
/// </summary>
internal static class AppSettingNames
{
    private static readonly string[] FrameworkEnvironmentVariables = ["ASPNETCORE_HTTP_PORTS", "ASPNETCORE_URLS", "ASPNETCORE_ENVIRONMENT", "DOTNET_ENVIRONMENT", "DOTNET_EnableDiagnostics", "TMPDIR"];

    private static readonly IReadOnlyList<(string Section, Type Type)> Sections = FindSections();

    public static bool IsEnvironmentVariableSetting(string name) =>
        FrameworkEnvironmentVariables.Contains(name, StringComparer.Ordinal) || IsSetting(name.Replace("__", ":", StringComparison.Ordinal));

    public static bool IsSetting(string key)
    {
        var parts = key.Split(':');
        if (parts.Any(p => p.Length == 0))
        {
            return false;
        }

        if (parts is ["AllowedHosts"] || parts is ["Logging", "LogLevel", _])
        {
            return true;
        }

        return Sections.Any(s => key.StartsWith(s.Section + ":", StringComparison.OrdinalIgnoreCase)
            && Walk(s.Type, parts.AsSpan(s.Section.Split(':').Length)));
    }

    /// <summary>The options classes and the section each is bound from.</summary>
    public static IReadOnlyList<(string Section, Type Type)> FindSections()
    {
        var assemblies = new[] { typeof(Program).Assembly, Assembly.Load("FamilyContext.Adapters.Mosaic"), Assembly.Load("FamilyContext.Adapters.LiquidLogic") };
        return assemblies.SelectMany(a => a.GetTypes())
            .Select(t => (Type: t, Field: t.GetField("SectionName", BindingFlags.Public | BindingFlags.Static)))
            .Where(t => t.Field is { IsLiteral: true } && t.Field.FieldType == typeof(string))
            // The service catalogue's section binds its dictionary of services, not the class itself.
            .Select(t => ((string)t.Field!.GetRawConstantValue()!, t.Type == typeof(ServiceCatalogueOptions) ? typeof(Dictionary<string, ServiceDefinition>) : t.Type))
            .ToList();
    }

    private static bool Walk(Type type, ReadOnlySpan<string> parts)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (parts.IsEmpty)
        {
            return IsValue(type);
        }

        if (DictionaryValueType(type) is { } valueType)
        {
            return Walk(valueType, parts[1..]);
        }

        if (ListItemType(type) is { } itemType)
        {
            return int.TryParse(parts[0], out var index) && index >= 0 && Walk(itemType, parts[1..]);
        }

        if (IsValue(type))
        {
            return false;
        }

        var property = type.GetProperty(parts[0], BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
        return property is { CanRead: true } && (property.CanWrite || !IsValue(property.PropertyType)) && Walk(property.PropertyType, parts[1..]);
    }

    private static bool IsValue(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(TimeSpan) || type == typeof(DateOnly)
        || type == typeof(TimeOnly) || type == typeof(DateTime) || type == typeof(DateTimeOffset) || type == typeof(Uri) || type == typeof(Guid);

    private static Type? DictionaryValueType(Type type) =>
        type.GetInterfaces().Append(type)
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDictionary<,>) && i.GetGenericArguments()[0] == typeof(string))
            ?.GetGenericArguments()[1];

    private static Type? ListItemType(Type type) =>
        type.IsArray ? type.GetElementType()
        : type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type)
            ? type.GetInterfaces().Append(type).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0]
            : null;
}
