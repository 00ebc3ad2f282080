using Mono.Cecil;
using Mono.Cecil.Cil;

namespace FamilyContext.Plugin.Tests.Architecture;

/// <summary>
/// Which folder of an assembly uses which, read from the compiled code (signatures, attributes and method bodies):
/// a folder is the first namespace segment under the root namespace, <c>FamilyContext.Plugin.Lookup.Caching</c> counting
/// as <c>Lookup</c>. Types directly in the root namespace (the entry point) are the composition root, named "(root)".
/// </summary>
internal sealed class FolderGraph
{
    public const string Root = "(root)";

    private readonly SortedDictionary<string, SortedSet<string>> _uses = new(StringComparer.Ordinal);
    private readonly Dictionary<(string, string), SortedSet<string>> _because = [];

    public IReadOnlyCollection<string> Folders => _uses.Keys;

    public IReadOnlySet<string> UsesOf(string folder) => _uses.TryGetValue(folder, out var uses) ? uses : new SortedSet<string>();

    public int EdgeCount => _uses.Values.Sum(u => u.Count);

    public static FolderGraph Of(string assemblyPath, string rootNamespace)
    {
        using var resolver = new DefaultAssemblyResolver();
        resolver.AddSearchDirectory(Path.GetDirectoryName(Path.GetFullPath(assemblyPath)));
        // Attribute arguments of framework enum types are read through their assemblies: the shared frameworks beside this runtime's.
        var shared = Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(typeof(object).Assembly.Location)))!;
        foreach (var framework in Directory.GetDirectories(shared).SelectMany(Directory.GetDirectories))
        {
            resolver.AddSearchDirectory(framework);
        }

        using var assembly = AssemblyDefinition.ReadAssembly(assemblyPath, new ReaderParameters { AssemblyResolver = resolver });
        var graph = new FolderGraph();
        foreach (var type in assembly.MainModule.GetTypes())
        {
            var from = FolderOf(type, rootNamespace);
            if (from is null)
            {
                continue;
            }

            graph.Ensure(from);
            foreach (var used in UsedTypes(type).SelectMany(Expand))
            {
                var definition = used as TypeDefinition ?? (used.Scope == assembly.MainModule ? used.Resolve() : null);
                var to = definition is null || definition.Module != assembly.MainModule ? null : FolderOf(definition, rootNamespace);
                if (to is not null && to != from)
                {
                    graph.Ensure(to);
                    graph._uses[from].Add(to);
                    graph.Because(from, to).Add($"{Outermost(type).FullName} uses {Outermost(definition!).FullName}");
                }
            }
        }

        return graph;
    }

    /// <summary>For tests of the graph itself.</summary>
    public static FolderGraph FromEdges(params (string From, string To)[] edges)
    {
        var graph = new FolderGraph();
        foreach (var (from, to) in edges)
        {
            graph.Ensure(from);
            graph.Ensure(to);
            graph._uses[from].Add(to);
        }

        return graph;
    }

    /// <summary>Every group of two or more folders that reach each other (strongly connected components, Tarjan).</summary>
    public IReadOnlyList<IReadOnlyList<string>> Cycles()
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var cycles = new List<IReadOnlyList<string>>();
        var next = 0;

        void Visit(string folder)
        {
            index[folder] = low[folder] = next++;
            stack.Push(folder);
            onStack.Add(folder);
            foreach (var used in _uses[folder])
            {
                if (!index.TryGetValue(used, out var usedIndex))
                {
                    Visit(used);
                    low[folder] = Math.Min(low[folder], low[used]);
                }
                else if (onStack.Contains(used))
                {
                    low[folder] = Math.Min(low[folder], usedIndex);
                }
            }

            if (low[folder] != index[folder])
            {
                return;
            }

            var component = new List<string>();
            string member;
            do
            {
                member = stack.Pop();
                onStack.Remove(member);
                component.Add(member);
            }
            while (member != folder);
            if (component.Count > 1)
            {
                component.Sort(StringComparer.Ordinal);
                cycles.Add(component);
            }
        }

        foreach (var folder in _uses.Keys)
        {
            if (!index.ContainsKey(folder))
            {
                Visit(folder);
            }
        }

        return cycles;
    }

    /// <summary>The graph one line per folder: <c>Folder -&gt; Used, Used</c>.</summary>
    public string Describe() =>
        string.Join('\n', _uses.Select(pair => $"{pair.Key} -> {string.Join(", ", pair.Value)}"));

    /// <summary>The type-to-type uses behind one arrow, to show where an unwanted arrow comes from.</summary>
    public IReadOnlySet<string> Reasons(string from, string to) => Because(from, to);

    private SortedSet<string> Because(string from, string to)
    {
        if (!_because.TryGetValue((from, to), out var reasons))
        {
            _because[(from, to)] = reasons = new SortedSet<string>(StringComparer.Ordinal);
        }

        return reasons;
    }

    private static TypeDefinition Outermost(TypeDefinition type)
    {
        while (type.DeclaringType is not null)
        {
            type = type.DeclaringType;
        }

        return type;
    }

    private void Ensure(string folder)
    {
        if (!_uses.ContainsKey(folder))
        {
            _uses[folder] = new SortedSet<string>(StringComparer.Ordinal);
        }
    }

    private static string? FolderOf(TypeDefinition type, string rootNamespace)
    {
        var outer = Outermost(type);

        // Razor puts its generic type-inference helpers under __Blazor.<namespace>.
        var ns = outer.Namespace.StartsWith("__Blazor.", StringComparison.Ordinal) ? outer.Namespace["__Blazor.".Length..] : outer.Namespace;
        // Compiler-made types (anonymous types, collection literals, <Module>) belong to no folder.
        if (outer.Name.StartsWith('<'))
        {
            return null;
        }

        // The entry point (top-level statements) is in the global namespace.
        if (ns == rootNamespace || ns.Length == 0)
        {
            return Root;
        }

        if (!ns.StartsWith(rootNamespace + ".", StringComparison.Ordinal))
        {
            return null;
        }

        return ns[(rootNamespace.Length + 1)..].Split('.')[0];
    }

    private static IEnumerable<TypeReference> UsedTypes(TypeDefinition type)
    {
        if (type.BaseType is not null)
        {
            yield return type.BaseType;
        }

        foreach (var item in type.Interfaces)
        {
            yield return item.InterfaceType;
        }

        foreach (var attribute in Attributes(type))
        {
            yield return attribute;
        }

        foreach (var field in type.Fields)
        {
            yield return field.FieldType;
            foreach (var attribute in Attributes(field))
            {
                yield return attribute;
            }
        }

        foreach (var property in type.Properties)
        {
            yield return property.PropertyType;
            foreach (var attribute in Attributes(property))
            {
                yield return attribute;
            }
        }

        foreach (var method in type.Methods)
        {
            foreach (var used in UsedBy(method))
            {
                yield return used;
            }
        }
    }

    private static IEnumerable<TypeReference> UsedBy(MethodDefinition method)
    {
        yield return method.ReturnType;
        foreach (var parameter in method.Parameters)
        {
            yield return parameter.ParameterType;
            foreach (var attribute in Attributes(parameter))
            {
                yield return attribute;
            }
        }

        foreach (var attribute in Attributes(method))
        {
            yield return attribute;
        }

        if (!method.HasBody)
        {
            yield break;
        }

        foreach (var variable in method.Body.Variables)
        {
            yield return variable.VariableType;
        }

        foreach (var instruction in method.Body.Instructions)
        {
            switch (instruction.Operand)
            {
                case TypeReference typeReference:
                    yield return typeReference;
                    break;
                case MethodReference methodReference:
                    yield return methodReference.DeclaringType;
                    yield return methodReference.ReturnType;
                    foreach (var parameter in methodReference.Parameters)
                    {
                        yield return parameter.ParameterType;
                    }

                    if (methodReference is GenericInstanceMethod generic)
                    {
                        foreach (var argument in generic.GenericArguments)
                        {
                            yield return argument;
                        }
                    }

                    break;
                case FieldReference fieldReference:
                    yield return fieldReference.DeclaringType;
                    yield return fieldReference.FieldType;
                    break;
            }
        }
    }

    private static IEnumerable<TypeReference> Attributes(ICustomAttributeProvider provider) =>
        provider.CustomAttributes.SelectMany(a => a.ConstructorArguments.Select(c => c.Value).OfType<TypeReference>().Prepend(a.AttributeType));

    /// <summary>The plain types inside a constructed one: <c>List&lt;Foo[]&gt;</c> gives List and Foo.</summary>
    private static IEnumerable<TypeReference> Expand(TypeReference? type)
    {
        switch (type)
        {
            case null or GenericParameter:
                yield break;
            case GenericInstanceType generic:
                foreach (var inner in generic.GenericArguments.Prepend(generic.ElementType).SelectMany(Expand))
                {
                    yield return inner;
                }

                break;
            case TypeSpecification specification:
                foreach (var inner in Expand(specification.ElementType))
                {
                    yield return inner;
                }

                break;
            default:
                yield return type;
                break;
        }
    }
}
