using System.CommandLine;
using FamilyContext.Plugin.Setup;

namespace FamilyContext.Plugin.Commands;

/// <summary><c>check-setup [person-id] [--send-test-alert]</c> on the command line: the service's registrations from the same configuration as the web host, not started.</summary>
internal static class CheckSetupCommandLine
{
    public static Command Create()
    {
        var personId = new Argument<string?>("person-id")
        {
            Description = "The CMS id of a test person whose relationships are read (never printed).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var sendTestAlert = new Option<bool>("--send-test-alert")
        {
            Description = "Also send a test alert to the webhook and email configured, and report whether each was sent (audited).",
        };
        var command = new Command("check-setup", "Run the installation checks and report each as passed, warning or failed.") { personId, sendTestAlert };
        command.SetAction(async (parse, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            return await ServiceCommandHost.RunAsync(output, services => CheckSetupCommand.RunAsync(services, parse.GetValue(personId), output, ct,
                parse.GetValue(sendTestAlert)));
        });
        return command;
    }
}
