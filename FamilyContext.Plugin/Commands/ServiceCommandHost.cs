using FamilyContext.Plugin.Hosting;
using Microsoft.Extensions.Options;

namespace FamilyContext.Plugin.Commands;

/// <summary>
/// The service's registrations for a checking command, from the same configuration as the web host, not started. Settings
/// the service refuses are printed one line each, without a stack trace, and the command exits with 2.
/// </summary>
internal static class ServiceCommandHost
{
    public const int SettingsRefused = 2;

    public static async Task<int> RunAsync(TextWriter output, Func<IServiceProvider, Task<int>> command)
    {
        IHost host;
        try
        {
            var builder = AppContentRoot.CommandHostBuilder();
            builder.Services.AddFamilyContext(builder.Configuration, builder.Environment);
            host = builder.Build();
        }
        catch (Exception e) when (e is OptionsValidationException or InvalidOperationException)
        {
            await output.WriteLineAsync("Family Context cannot run with these settings:");
            foreach (var failure in e is OptionsValidationException invalid ? invalid.Failures : [e.Message])
            {
                await output.WriteLineAsync($"  - {failure}");
            }

            return SettingsRefused;
        }

        using (host)
        {
            return await command(host.Services);
        }
    }
}
