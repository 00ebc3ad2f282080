namespace FamilyContext.Plugin.Hosting;

/// <summary>
/// Where the service looks for appsettings.json and keeps its <c>.data</c> folder, so the web host and every command read
/// the same settings wherever they are started from: a content root set explicitly (<c>--contentRoot</c>, or the
/// <c>DOTNET_CONTENTROOT</c> / <c>ASPNETCORE_CONTENTROOT</c> variables) wins; otherwise the working directory when it holds
/// appsettings.json (as <c>dotnet run</c> from the project folder does), else the application's own folder.
/// </summary>
internal static class AppContentRoot
{
    public const string SettingsFile = "appsettings.json";

    /// <summary>The content root to use, or null to leave the host's default (an explicit setting) in force.</summary>
    public static string? For(IReadOnlyList<string> args, Func<string, string?> environment, string workingDirectory, string applicationFolder)
    {
        var explicitlySet = args.Any(a => a.StartsWith("--contentRoot", StringComparison.OrdinalIgnoreCase) || a.StartsWith("/contentRoot", StringComparison.OrdinalIgnoreCase))
            || !string.IsNullOrEmpty(environment("DOTNET_CONTENTROOT"))
            || !string.IsNullOrEmpty(environment("ASPNETCORE_CONTENTROOT"));
        if (explicitlySet)
        {
            return null;
        }

        return File.Exists(Path.Combine(workingDirectory, SettingsFile)) ? workingDirectory : applicationFolder;
    }

    /// <summary>The content root for this process.</summary>
    public static string? For(IReadOnlyList<string> args) =>
        For(args, Environment.GetEnvironmentVariable, Directory.GetCurrentDirectory(), AppContext.BaseDirectory);

    /// <summary>
    /// A command's host, built from the same settings as the web host. It holds the web host's registrations without a web
    /// server, so it does not validate them all on build (as Development would): a command resolves only what it uses.
    /// </summary>
    public static HostApplicationBuilder CommandHostBuilder()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = For([]) });
        builder.ConfigureContainer(new DefaultServiceProviderFactory(new ServiceProviderOptions { ValidateOnBuild = false, ValidateScopes = true }));
        // One line per log message, between the command's own lines.
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        return builder;
    }
}
