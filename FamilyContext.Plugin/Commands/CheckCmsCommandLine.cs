using System.CommandLine;
using FamilyContext.Plugin.Cms;

namespace FamilyContext.Plugin.Commands;

/// <summary>
/// <c>check-cms [person-id]</c> on the command line: builds the service's registrations from the same configuration
/// as the web host (appsettings, environment variables), without starting it, and runs <see cref="CheckCmsCommand"/>.
/// </summary>
internal static class CheckCmsCommandLine
{
    public static Command Create()
    {
        var personId = new Argument<string?>("person-id")
        {
            Description = "A CMS person id to read as a sample (its details are never printed).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var command = new Command("check-cms", "Call the configured CMS and report what it found, without personal data.") { personId };
        command.SetAction(async (parse, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            return await ServiceCommandHost.RunAsync(output, services => CheckCmsCommand.RunAsync(services, parse.GetValue(personId), output, ct));
        });
        return command;
    }
}
