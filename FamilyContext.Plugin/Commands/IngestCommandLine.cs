using System.CommandLine;
using System.Globalization;
using FamilyContext.Plugin.Hosting;
using FamilyContext.Plugin.Ingest;
using Microsoft.Extensions.Options;

namespace FamilyContext.Plugin.Commands;

/// <summary>
/// <c>ingest &lt;service&gt; &lt;file&gt;</c> on the command line, with the same configuration as the web host (appsettings,
/// environment variables): the store provider and connection string, the services, and the ingest settings.
/// </summary>
internal static class IngestCommandLine
{
    public static Command Create()
    {
        var service = new Argument<string>("service")
        {
            Description = "The service the extract is for, as configured (e.g. school, housing, police, asc); or " + StaffDirectoryCommand.Name +
                " to keep the council's staff directory (name, organisation, role, email, phone), which fills practitioners' missing emails and phones at every ingest.",
        };
        var file = new Argument<FileInfo>("file")
        {
            Description = "The extract: a CSV file. In the original Family Context layout, the service's file: the person file, the data-sources file " +
                "and any linked file (police offences) named by the mapping's layout are read from the same folder.",
        };
        var mapping = new Option<FileInfo?>("--mapping") { Description = "The mapping file (YAML) saying which column holds which field. Default: FamilyContext:Ingest:Services:{service}:Mapping." };
        var currentAsOf = new Option<string?>("--current-as-of") { Description = "When the extract was taken (yyyy-mm-dd, or an ISO 8601 time). Default: the data-sources file's last-synchronised date (original layout), else the file's last-modified time." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Check the extract and write the report without loading anything. Run this first." };
        var reportDir = new Option<DirectoryInfo?>("--report-dir") { Description = "Where to write the data-quality report (HTML and JSON). Default: FamilyContext:Ingest:ReportDirectory." };
        var command = new Command("ingest", "Load a service's extract into the store: map, check every row, report on its quality, and swap it in whole or not at all.\n" +
            "Exit codes: 0 loaded (with --dry-run: would load), 1 rejected (the report says why), 2 misconfigured or unreadable.")
        {
            service, file, mapping, currentAsOf, dryRun, reportDir,
        };
        command.SetAction(async (parse, ct) =>
        {
            var error = parse.InvocationConfiguration.Error;
            DateTimeOffset? asOf = null;
            if (parse.GetValue(currentAsOf) is { } text)
            {
                if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
                {
                    await error.WriteLineAsync($"--current-as-of \"{text}\" is not a date: use yyyy-mm-dd.");
                    return IngestResult.MisconfiguredCode;
                }

                asOf = parsed;
            }

            if (parse.GetValue(service) == StaffDirectoryCommand.Name)
            {
                using var staffHost = CommandHost();
                return await StaffDirectoryCommand.RunAsync(staffHost.Services, parse.GetValue(file)!.FullName, parse.InvocationConfiguration.Output, error);
            }

            var request = new IngestRequest(parse.GetValue(service)!, parse.GetValue(file)!.FullName, parse.GetValue(mapping)?.FullName, asOf,
                parse.GetValue(dryRun), parse.GetValue(reportDir)?.FullName);
            using var host = CommandHost();
            var output = parse.InvocationConfiguration.Output;
            // A bar on a terminal; plain lines when the output goes to a file or a log (cron, CI, Kubernetes jobs).
            using var terminal = !Console.IsOutputRedirected && output == Console.Out ? new TerminalProgress($"Reading {Path.GetFileName(request.FilePath)}") : null;
            IIngestProgress progress = terminal is not null ? terminal : new LineProgress(output, TimeProvider.System, host.Services.GetRequiredService<IOptions<IngestOptions>>().Value.ProgressEvery);
            return await IngestCommand.RunAsync(host.Services, request, progress, output, error, ct);
        });
        return command;
    }

    private static IHost CommandHost()
    {
        var builder = AppContentRoot.CommandHostBuilder();
        builder.Services.AddFamilyContext(builder.Configuration, builder.Environment);
        return builder.Build();
    }
}
