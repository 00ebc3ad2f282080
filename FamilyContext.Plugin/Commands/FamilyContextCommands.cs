using System.CommandLine;

namespace FamilyContext.Plugin.Commands;

/// <summary>
/// The command line: <c>FamilyContext.Plugin audit verify</c> and the like. When the first argument names a
/// command, that command runs instead of the web host.
/// </summary>
internal static class FamilyContextCommands
{
    private static readonly string[] Known = ["audit", "check-cms", "check-setup", "ingest", "mint-launch-token", "--help", "-h", "-?"];

    public static bool Handles(string[] args) => args.Length > 0 && Known.Contains(args[0], StringComparer.Ordinal);

    public static Task<int> RunAsync(string[] args, TextWriter? output = null, TextWriter? error = null, CancellationToken cancellationToken = default)
    {
        var root = new RootCommand("Family Context. With no command, starts the web service (options such as --urls are passed to it); " +
            "with a command, runs it against the same configuration and exits.");
        root.Subcommands.Add(AuditCommands.Create());
        root.Subcommands.Add(CheckCmsCommandLine.Create());
        root.Subcommands.Add(CheckSetupCommandLine.Create());
        root.Subcommands.Add(IngestCommandLine.Create());
        root.Subcommands.Add(MintLaunchTokenCommandLine.Create(MintLaunchTokenCommandLine.ProcessEnvironmentName));
        var configuration = new InvocationConfiguration();
        if (output is not null)
        {
            configuration.Output = output;
        }

        if (error is not null)
        {
            configuration.Error = error;
        }

        return root.Parse(args).InvokeAsync(configuration, cancellationToken);
    }
}
