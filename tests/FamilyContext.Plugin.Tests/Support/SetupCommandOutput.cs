using System.Globalization;
using FamilyContext.Plugin.Setup;
using Xunit.Abstractions;

namespace FamilyContext.Plugin.Tests.Support;

/// <summary>Runs <c>check-setup</c> against a test service and returns its exit code and what it printed (also written to the test's log).</summary>
public static class SetupCommandOutput
{
    public static async Task<(int ExitCode, string Output)> CheckSetupAsync(this PluginFactory factory, ITestOutputHelper? log = null, string? personId = null,
        bool sendTestAlert = false)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        var exitCode = await CheckSetupCommand.RunAsync(factory.Services, personId, output, CancellationToken.None, sendTestAlert);
        log?.WriteLine(output.ToString());
        return (exitCode, output.ToString());
    }
}
