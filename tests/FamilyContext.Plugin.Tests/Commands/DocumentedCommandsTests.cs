using System.Text.RegularExpressions;

namespace FamilyContext.Plugin.Tests.Commands;

/// <summary>Every command the docs give can be redirected to a file and hold only the command's own output.</summary>
public sealed partial class DocumentedCommandsTests
{
    [Fact]
    public void Every_documented_command_run_through_dotnet_run_skips_the_launch_profile_whose_notice_would_open_its_output()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "FamilyContext.sln")))
        {
            root = root.Parent;
        }

        var commands = Directory.EnumerateFiles(root!.FullName, "*.md", SearchOption.AllDirectories)
            .Where(f => !f.Contains("node_modules", StringComparison.Ordinal) && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(f).Select(line => (File: Path.GetFileName(f), Line: line)))
            .Where(l => CommandLine().IsMatch(l.Line))
            .ToList();

        Assert.NotEmpty(commands);
        Assert.All(commands, c => Assert.True(c.Line.Contains("--no-launch-profile", StringComparison.Ordinal), $"{c.File}: {c.Line}"));
    }

    // "dotnet run … -- <command>": a command, not the web host.
    [GeneratedRegex(@"dotnet run\b.* -- [a-z]")]
    private static partial Regex CommandLine();
}
