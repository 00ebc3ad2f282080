using System.Reflection;
using System.Runtime.CompilerServices;
using PublicApiGenerator;

namespace FamilyContext.SupplierPackages.Tests;

/// <summary>An assembly's public API as text (PublicApiGenerator), headed by the package version it ships under.</summary>
internal static class PublicApiSnapshot
{
    public static string Of(Assembly assembly)
    {
        var options = new ApiGeneratorOptions
        {
            // Which test projects see internals is not part of what a supplier depends on.
            ExcludeAttributes = [typeof(InternalsVisibleToAttribute).FullName!],
        };
        var api = assembly.GeneratePublicApi(options).ReplaceLineEndings("\n");
        return $"// {assembly.GetName().Name} {VersionOf(assembly)}\n{api}\n";
    }

    /// <summary>The package version (the informational version without any source-control suffix).</summary>
    public static string VersionOf(Assembly assembly)
    {
        var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "";
        return informational.Split('+')[0];
    }

    /// <summary>Lines only in <paramref name="approved"/> (-) and only in <paramref name="now"/> (+), in order.</summary>
    public static string Differences(string approved, string now)
    {
        var before = approved.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var after = now.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var gone = before.Except(after, StringComparer.Ordinal).Select(l => "- " + l);
        var added = after.Except(before, StringComparer.Ordinal).Select(l => "+ " + l);
        return string.Join('\n', gone.Concat(added));
    }
}
