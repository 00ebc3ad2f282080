using System.Reflection;
using System.Runtime.Loader;
using FamilyContext.Plugin.Abstractions;

namespace FamilyContext.Plugin.Cms;

/// <summary>
/// Finds a CMS adapter plug-in by configuration: loads its assembly, creates its <see cref="ICmsAdapterRegistration"/>
/// entry point and checks it serves the configured system. Anything wrong stops start-up with a message saying what to fix.
/// </summary>
internal static class CmsPluginLoader
{
    private static readonly HashSet<string> ResolvedDirectories = new(StringComparer.Ordinal);

    public static ICmsAdapterRegistration Load(string system, CmsOptions options)
    {
        var section = $"{CmsOptions.SectionName}:Plugins:{system}";
        if (!options.Plugins.TryGetValue(system, out var plugin) || string.IsNullOrWhiteSpace(plugin.Assembly) || string.IsNullOrWhiteSpace(plugin.EntryPoint))
        {
            var known = options.Plugins.Keys.Order(StringComparer.OrdinalIgnoreCase).Prepend("Demo");
            throw new InvalidOperationException(
                $"{CmsOptions.SectionName}:System is '{system}', but no adapter plug-in is configured for it. Use one of: {string.Join(", ", known)}; " +
                $"or set {section}:Assembly (the adapter's assembly name, or the path of its .dll) and {section}:EntryPoint (the full name of its ICmsAdapterRegistration class), as the adapter's README says.");
        }

        var assembly = LoadAssembly(plugin.Assembly, section);
        var type = assembly.GetType(plugin.EntryPoint.Trim(), throwOnError: false);
        if (type is null || !type.IsPublic)
        {
            var entryPoints = EntryPoints(assembly);
            throw new InvalidOperationException(
                $"{section}:EntryPoint '{plugin.EntryPoint}' is not a public type in {assembly.GetName().Name}. " +
                (entryPoints.Count == 0 ? "That assembly has no ICmsAdapterRegistration: check Assembly names the adapter." : $"Its entry points: {string.Join(", ", entryPoints)}."));
        }

        if (!typeof(ICmsAdapterRegistration).IsAssignableFrom(type))
        {
            throw new InvalidOperationException(
                $"{section}:EntryPoint '{type.FullName}' does not implement {typeof(ICmsAdapterRegistration).FullName} " +
                $"(version {typeof(ICmsAdapterRegistration).Assembly.GetName().Version}): name the adapter's registration class, built against this version.");
        }

        if (type.IsAbstract || type.GetConstructor(Type.EmptyTypes) is null)
        {
            throw new InvalidOperationException($"{section}:EntryPoint '{type.FullName}' needs a public parameterless constructor.");
        }

        var registration = (ICmsAdapterRegistration)Activator.CreateInstance(type)!;
        return string.Equals(registration.SystemName, system, StringComparison.OrdinalIgnoreCase)
            ? registration
            : throw new InvalidOperationException(
                $"{section}:EntryPoint '{type.FullName}' is the adapter for '{registration.SystemName}', not '{system}': check {section} names the right adapter.");
    }

    private static Assembly LoadAssembly(string nameOrPath, string section)
    {
        try
        {
            if (!nameOrPath.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            {
                return Assembly.Load(new AssemblyName(nameOrPath.Trim()));
            }

            var path = Path.GetFullPath(nameOrPath, AppContext.BaseDirectory);
            if (!File.Exists(path))
            {
                throw new InvalidOperationException($"{section}:Assembly names '{path}', which does not exist: give the path of the adapter's .dll.");
            }

            ResolveDependenciesBeside(Path.GetDirectoryName(path)!);
            return AssemblyLoadContext.Default.LoadFromAssemblyPath(path);
        }
        catch (Exception ex) when (ex is FileNotFoundException or FileLoadException or BadImageFormatException)
        {
            throw new InvalidOperationException(
                $"{section}:Assembly '{nameOrPath}' could not be loaded ({ex.GetType().Name}): put the adapter's .dll and its dependencies beside the service's, or give the path of its .dll.", ex);
        }
    }

    // The plug-in shares the host's contract (already loaded); its own other dependencies are found beside it.
    private static void ResolveDependenciesBeside(string directory)
    {
        lock (ResolvedDirectories)
        {
            if (!ResolvedDirectories.Add(directory))
            {
                return;
            }
        }

        AssemblyLoadContext.Default.Resolving += (context, name) =>
            Path.Combine(directory, name.Name + ".dll") is var candidate && File.Exists(candidate) ? context.LoadFromAssemblyPath(candidate) : null;
    }

    private static List<string> EntryPoints(Assembly assembly)
    {
        try
        {
            return [.. assembly.GetExportedTypes().Where(t => typeof(ICmsAdapterRegistration).IsAssignableFrom(t) && !t.IsAbstract).Select(t => t.FullName!)];
        }
        catch (ReflectionTypeLoadException)
        {
            return [];
        }
    }
}
