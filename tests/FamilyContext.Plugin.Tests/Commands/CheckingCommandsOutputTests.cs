using System.Diagnostics;
using FamilyContext.Plugin.Tests.Support;

namespace FamilyContext.Plugin.Tests.Commands;

/// <summary>
/// <c>check-cms</c> and <c>check-setup</c> run as an administrator runs them (the published service, a real process):
/// a CMS that cannot be reached and settings the service refuses are each told in a line or two, never a stack trace,
/// and the HttpClient's own request lines stay out of the output.
/// </summary>
public sealed class CheckingCommandsOutputTests
{
    [Theory]
    [InlineData("check-cms")]
    [InlineData("check-setup")]
    public async Task A_CMS_that_cannot_be_reached_is_told_without_a_stack_trace_or_HttpClient_lines(string command)
    {
        var (exitCode, text) = await RunAsync(command, demoEnabled: false);

        Assert.Equal(1, exitCode);
        Assert.Contains("The Mosaic token endpoint could not be reached.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("System.Net.Http.HttpClient", text, StringComparison.Ordinal);
        Assert.True(text.Split('\n').Length < 60, text);
    }

    [Theory]
    [InlineData("check-cms")]
    [InlineData("check-setup")]
    public async Task Settings_the_service_refuses_are_listed_one_line_each_with_exit_code_2(string command)
    {
        var (exitCode, text) = await RunAsync(command, demoEnabled: true);

        Assert.Equal(2, exitCode);
        Assert.Contains("Family Context cannot run with these settings:\n  - FamilyContext:Demo:Enabled is true while FamilyContext:Cms:System is 'Mosaic'.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", text, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Text)> RunAsync(string command, bool demoEnabled)
    {
        var closed = $"http://127.0.0.1:{ExternalProcess.FreePort()}";
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "FamilyContext.Plugin.dll"), command },
            Environment =
            {
                ["DOTNET_ENVIRONMENT"] = "Production",
                ["FamilyContext__Cms__System"] = "Mosaic",
                ["FamilyContext__Demo__Enabled"] = demoEnabled ? "true" : "false",
                ["FamilyContext__Cms__Mosaic__BaseUrl"] = closed + "/api/",
                ["FamilyContext__Cms__Mosaic__TokenUrl"] = closed + "/token",
                ["FamilyContext__Cms__Mosaic__ClientId"] = "family-context",
                ["FamilyContext__Cms__Mosaic__ClientSecret"] = "secret",
                ["FamilyContext__Cms__Mosaic__RetryCount"] = "0",
            },
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        return (process.ExitCode, (await output + await error).ReplaceLineEndings("\n"));
    }
}
