using FamilyContext.Plugin.Commands;

namespace FamilyContext.Plugin.Tests.Commands;

/// <summary>The command line runs its commands instead of the web host, and only for names it knows.</summary>
public sealed class FamilyContextCommandsTests
{
    [Theory]
    [InlineData("audit", true)]
    [InlineData("check-cms", true)]
    [InlineData("--urls=http://localhost:5081", false)]
    [InlineData("serve", false)]
    public void Only_known_command_names_replace_the_web_host(string first, bool handled) =>
        Assert.Equal(handled, FamilyContextCommands.Handles([first]));

    [Fact]
    public async Task Check_cms_is_listed_with_its_sample_person_argument()
    {
        using var output = new StringWriter();

        var exitCode = await FamilyContextCommands.RunAsync(["check-cms", "--help"], output);

        Assert.Equal(0, exitCode);
        Assert.Contains("person-id", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("without personal data", output.ToString(), StringComparison.Ordinal);
    }
}
