using System.Globalization;
using Microsoft.Extensions.Options;

namespace FamilyContext.Plugin.Ingest;

/// <summary>
/// <c>ingest staff-directory FILE</c>: checks the council's staff directory and keeps a copy where every later ingest
/// reads it (<see cref="IngestOptions.StaffDirectory"/>). Exit codes as for an extract: 0 kept, 1 unusable, 2 unreadable.
/// </summary>
internal static class StaffDirectoryCommand
{
    public const string Name = "staff-directory";

    public static async Task<int> RunAsync(IServiceProvider services, string file, TextWriter output, TextWriter error)
    {
        var target = Path.GetFullPath(services.GetRequiredService<IOptions<IngestOptions>>().Value.StaffDirectory);
        StaffDirectory directory;
        try
        {
            directory = File.Exists(file) ? StaffDirectory.Read(file) : throw new IngestConfigurationException($"The staff directory {file} does not exist.");
        }
        catch (IngestConfigurationException e)
        {
            await error.WriteLineAsync(e.Message);
            return IngestResult.MisconfiguredCode;
        }
        catch (ExtractFormatException e)
        {
            await error.WriteLineAsync(e.Message + " The staff directory in use is unchanged.");
            return IngestResult.RejectedCode;
        }

        if (directory.Count == 0)
        {
            await error.WriteLineAsync("The staff directory has no row with a name and a well-formed email or UK phone number. The staff directory in use is unchanged.");
            return IngestResult.RejectedCode;
        }

        // Written beside the target and moved over it, so an ingest never reads half a directory.
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Copy(file, target + ".new", overwrite: true);
        File.Move(target + ".new", target, overwrite: true);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Staff directory: {directory.Count:N0} people, {directory.WithEmail:N0} with an email, {directory.WithPhone:N0} with a phone number."));
        await output.WriteLineAsync($"Kept at {target}: from now on every ingest fills practitioners' missing emails and phone numbers from it, and its report counts them.");
        return 0;
    }
}
