using System.Diagnostics;
using FamilyContext.CmsSimulators;
using FamilyContext.Plugin.Hosting;

namespace FamilyContext.Plugin.Tests.Hosting;

/// <summary>The web host and the commands read the same settings wherever the process is started from.</summary>
public sealed class AppContentRootTests : IDisposable
{
    private readonly string _elsewhere = Directory.CreateTempSubdirectory("fc-elsewhere-").FullName;

    [Fact]
    public void Started_from_a_folder_without_settings_the_content_root_is_the_applications_folder()
    {
        Assert.Equal("/opt/family-context", AppContentRoot.For([], _ => null, _elsewhere, "/opt/family-context"));
    }

    [Fact]
    public void Started_from_a_folder_holding_appsettings_the_content_root_is_that_folder()
    {
        File.WriteAllText(Path.Combine(_elsewhere, "appsettings.json"), "{}");

        Assert.Equal(_elsewhere, AppContentRoot.For([], _ => null, _elsewhere, "/opt/family-context"));
    }

    [Theory]
    [InlineData("--contentRoot=/srv/fc", null)]
    [InlineData(null, "DOTNET_CONTENTROOT")]
    [InlineData(null, "ASPNETCORE_CONTENTROOT")]
    public void A_content_root_set_explicitly_is_left_in_force(string? argument, string? variable)
    {
        string[] args = argument is null ? [] : [argument];

        Assert.Null(AppContentRoot.For(args, name => name == variable ? "/srv/fc" : null, _elsewhere, "/opt/family-context"));
    }

    [Fact]
    public async Task Check_cms_started_from_another_folder_reads_the_applications_settings()
    {
        await using var simulator = await MosaicSimulator.StartNewAsync();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = _elsewhere,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "FamilyContext.Plugin.dll"), "check-cms" },
            Environment =
            {
                ["DOTNET_ENVIRONMENT"] = "Production",
                // Only what is not in appsettings.json: the plug-in list, among others, must come from the application's file.
                ["FamilyContext__Cms__System"] = "Mosaic",
                ["FamilyContext__Demo__Enabled"] = "false",
                ["FamilyContext__Cms__Mosaic__BaseUrl"] = simulator.BaseUrl.ToString(),
                ["FamilyContext__Cms__Mosaic__TokenUrl"] = simulator.TokenUrl.ToString(),
                ["FamilyContext__Cms__Mosaic__ClientId"] = simulator.ClientId,
                ["FamilyContext__Cms__Mosaic__ClientSecret"] = simulator.ClientSecret,
            },
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));

        var text = await output + await error;
        Assert.True(process.ExitCode == 0, text);
        Assert.Contains("CMS: Mosaic", text, StringComparison.Ordinal);
        Assert.Contains("Health: healthy", text, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_elsewhere, recursive: true);
}
