using System.Reflection;
using System.Text.RegularExpressions;

namespace FamilyContext.Plugin.Tests.Setup;

/// <summary>docs/install.md names only settings that exist.</summary>
public sealed partial class InstallGuideTests
{
    [Fact]
    public void Every_setting_the_install_guide_names_is_a_setting_the_service_reads()
    {
        var guide = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "install.md"));

        Assert.True(SettingPattern().Count(guide) >= 15, "The guide names too few settings: has the pattern stopped matching?");
        Assert.Empty(UnknownSettings(guide));
    }

    [Fact]
    public void A_setting_that_does_not_exist_is_caught()
    {
        Assert.Equal(["FamilyContext:Launch:Skew", "FamilyContext:Cms:Mosaic:Secret"],
            UnknownSettings("Set `FamilyContext:Launch:Skew` and FamilyContext:Cms:Mosaic:Secret, not FamilyContext:Launch:ClockSkew."));
    }

    private static List<string> UnknownSettings(string text)
    {
        var known = KnownSettingNames();
        return
        [
            .. SettingPattern().Matches(text).Select(m => m.Value.TrimEnd(':')).Distinct()
                .Where(setting => setting.Split(':').Where(part => !part.StartsWith('{')).Any(part => !known.Contains(part))),
        ];
    }

    /// <summary>Every section and property name in the service's and the adapters' options classes.</summary>
    private static HashSet<string> KnownSettingNames()
    {
        var assemblies = new[] { "FamilyContext.Plugin", "FamilyContext.Adapters.Http", "FamilyContext.Adapters.Mosaic", "FamilyContext.Adapters.LiquidLogic" }
            .Select(Assembly.Load);
        var options = assemblies.SelectMany(a => a.GetTypes()).Where(t => t.Name.EndsWith("Options", StringComparison.Ordinal) || t.Name.EndsWith("Rule", StringComparison.Ordinal)).ToList();
        var sections = options.Select(t => t.GetField("SectionName", BindingFlags.Public | BindingFlags.Static)?.GetRawConstantValue() as string)
            .OfType<string>().SelectMany(s => s.Split(':'));
        var properties = options.SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance)).Select(p => p.Name);
        return [.. sections, .. properties, "Mosaic", "LiquidLogic"];
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "FamilyContext.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("The repository root was not found.");
    }

    [GeneratedRegex(@"FamilyContext(:[A-Za-z{}]+)+")]
    private static partial Regex SettingPattern();
}
