using System.Reflection;
using FamilyContext.Adapters.Conformance;
using FamilyContext.Adapters.Http;
using FamilyContext.Plugin.Abstractions;

namespace FamilyContext.SupplierPackages.Tests;

/// <summary>The packages a supplier references, by package id, each with its one assembly.</summary>
internal static class SupplierPackage
{
    public static IReadOnlyDictionary<string, Assembly> All { get; } = new Dictionary<string, Assembly>(StringComparer.Ordinal)
    {
        ["FamilyContext.Plugin.Abstractions"] = typeof(ICmsAdapter).Assembly,
        ["FamilyContext.Adapters.Http"] = typeof(CmsConnectionOptions).Assembly,
        ["FamilyContext.Adapters.Conformance"] = typeof(CmsAdapterConformanceTests).Assembly,
    };
}
