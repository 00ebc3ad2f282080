using System.Data.Common;
using System.Globalization;
using Microsoft.Extensions.Options;

namespace FamilyContext.Plugin.Ingest;

/// <summary>
/// Runs one ingest and tells the analyst how it went: the outcome, the counts, the reasons for a rejection, and
/// where the report is. Exit codes: 0 loaded (or, in a dry run, would load), 1 rejected, 2 misconfigured or unreadable.
/// </summary>
internal static class IngestCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, IngestRequest request, IIngestProgress progress, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        IngestResult result;
        try
        {
            result = await services.GetRequiredService<ExtractIngester>().RunAsync(request, progress, cancellationToken);
        }
        catch (IngestConfigurationException e)
        {
            progress.Finished(0);
            await error.WriteLineAsync(e.Message);
            return IngestResult.MisconfiguredCode;
        }
        catch (OptionsValidationException e)
        {
            progress.Finished(0);
            await error.WriteLineAsync("The settings are not valid:");
            foreach (var failure in e.Failures)
            {
                await error.WriteLineAsync($"  - {failure}");
            }

            return IngestResult.MisconfiguredCode;
        }
        catch (Audit.AuditUnavailableException)
        {
            progress.Finished(0);
            await error.WriteLineAsync("The ingest could not be recorded in the audit trail: check FamilyContext:Audit. The report was written; rerun once the audit trail is back.");
            return IngestResult.MisconfiguredCode;
        }
        catch (DbException e)
        {
            progress.Finished(0);
            await error.WriteLineAsync($"The store could not be used ({e.GetType().Name}: {e.Message}). Nothing was loaded; check FamilyContext:Store.");
            return IngestResult.MisconfiguredCode;
        }

        var r = result.Report;
        await output.WriteLineAsync($"{r.ServiceName}: {r.Outcome}.");
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{r.RowsRead:N0} rows read, {r.RowsLoaded:N0} {(r.DryRun ? "would be loaded" : "loaded")}, {r.RowsRejected:N0} left out as invalid{(r.RowsOutsideCohort > 0 ? $", {r.RowsOutsideCohort:N0} outside the cohort" : "")}."));
        foreach (var reason in r.Reasons)
        {
            await error.WriteLineAsync("- " + reason);
        }

        foreach (var problem in r.Problems.Where(p => p.RowLeftOut).Take(5))
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  Row {problem.Row}, {problem.Field}: {problem.Reason}"));
        }

        if (r.Outcome == IngestReport.Rejected)
        {
            await output.WriteLineAsync("Nothing was loaded: the previous extract stays in service.");
        }

        await output.WriteLineAsync($"Report: {result.HtmlPath} (and {Path.GetFileName(result.JsonPath)} beside it)");
        return result.ExitCode;
    }
}
