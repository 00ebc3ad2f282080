using FamilyContext.Plugin.Services;
using FamilyContext.Plugin.Store;

namespace FamilyContext.Plugin.Ingest;

/// <summary>Turns the counts of one ingest into its report: shares as percentages to one decimal place.</summary>
internal static class IngestReportBuilder
{
    public static IngestReport Build(
        ServiceDefinition service, string fileName, string hash, string outcome, bool dryRun, IReadOnlyList<string> reasons,
        DateTimeOffset started, DateTimeOffset finished, DateTimeOffset currentAsOf, IngestWindow window, QualityTally t,
        SourceMetadata? previous, InvolvementChange change, long? generation)
    {
        var loaded = t.RowsLoaded;
        var fields = t.Fields.Select(f => new FieldQuality(
            f.Field, f.Present, f.Valid, Percent(f.Present, t.RowsRead), Percent(f.Valid, f.Present), f.Earliest, f.Latest)).ToList();
        return new IngestReport(
            service.Id, service.Name, ReportText.Defuse(fileName), hash, outcome, dryRun, reasons, started, finished, currentAsOf,
            window.CoverageStart, window.CoverageEnd, t.RowsRead, loaded, t.RowsRejected, t.RowsOutsideCohort,
            [.. t.Cohort.Select(c => new CohortCount(c.Key, c.Value))], fields,
            new InvolvementMix(t.Current, t.Historic, t.NoInvolvement),
            new Matchability(Percent(t.WithStrongIdentifier, loaded), Percent(t.WithPostcode, loaded), Percent(t.WithStrongIdentifierOrPostcode, loaded)),
            new ContactCompleteness(Percent(t.PractitionerName, loaded), Percent(t.PractitionerPhone, loaded), Percent(t.PractitionerEmail, loaded),
                t.EmailsFromDirectory, t.PhonesFromDirectory),
            t.PossibleDuplicatePeople,
            [.. t.Problems.Select(p => new ReportedProblem(p.Row, p.Field, p.Reason, p.RowRejected))],
            t.ProblemCount - t.Problems.Count,
            new ExtractChange(previous?.RecordCount, previous is { RecordCount: > 0 } p ? Math.Round(100.0 * (loaded - p.RecordCount) / p.RecordCount, 1) : null,
                change.Started, change.Ended),
            generation);
    }

    /// <summary>A share in per cent; 100 when there is nothing to count, so an empty field never reads as a failure.</summary>
    private static double Percent(long part, long whole) => whole == 0 ? 100 : Math.Round(100.0 * part / whole, 1);
}
