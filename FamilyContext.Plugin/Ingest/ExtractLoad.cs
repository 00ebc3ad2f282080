using System.Globalization;
using FamilyContext.Plugin.Services;
using FamilyContext.Plugin.Store;

namespace FamilyContext.Plugin.Ingest;

/// <summary>
/// The records of one extract as a stream, for the store to write as they come. When the stream ends it judges the
/// whole extract; a rejection is thrown from inside the store's transaction, so nothing of it is committed.
/// </summary>
internal sealed class ExtractLoad(IngestMapping mapping, ServiceDefinition service, IngestWindow window, CohortRules cohort, StaffDirectory staff, QualityTally tally, InvolvementChange change, List<string> reasons, IIngestProgress progress)
{
    /// <exception cref="ExtractRejectedException">At the end, or as soon as the header shows the file cannot be used; the reasons list says why.</exception>
    /// <exception cref="ExtractFormatException">The file cannot be read on from some row.</exception>
    public IEnumerable<ServiceRecord> Records(IExtractRows reader, SourceMetadata? previous, IngestThresholds thresholds)
    {
        var header = reader.ReadHeader();
        if (header is null)
        {
            reasons.Add("The file is empty: it has no header row and no data.");
            throw new ExtractRejectedException();
        }

        var columns = ExtractColumns.Resolve(mapping, header, reasons);
        if (reasons.Count > 0)
        {
            throw new ExtractRejectedException();
        }

        tally.CohortRules(cohort.Names);
        var builder = new RecordBuilder(mapping, service, columns, window, cohort, staff, tally);
        foreach (var (row, cells) in reader.Rows())
        {
            if (builder.Build(cells, row, header.Count) is { } record)
            {
                change.Saw(record);
                yield return record;
            }

            if ((tally.RowsRead & 0x3FF) == 0)
            {
                progress.Report(tally.RowsRead, reader.Position, reader.Length);
            }
        }

        change.Complete();
        Judge(previous, thresholds);
        if (reasons.Count > 0)
        {
            throw new ExtractRejectedException();
        }
    }

    private void Judge(SourceMetadata? previous, IngestThresholds thresholds)
    {
        if (tally.RowsRead == 0)
        {
            reasons.Add("The file has a header row but no data rows.");
            return;
        }

        var invalid = (double)tally.RowsRejected / tally.RowsRead;
        if (invalid > thresholds.MaximumInvalidShare)
        {
            reasons.Add(string.Create(CultureInfo.InvariantCulture,
                $"{tally.RowsRejected:N0} of {tally.RowsRead:N0} rows ({invalid * 100:0.0}%) could not be used, more than the {thresholds.MaximumInvalidShare * 100:0.#}% allowed. The rows and reasons are listed below."));
        }

        if (previous is { RecordCount: > 0 } p && tally.RowsLoaded < p.RecordCount * (1 - thresholds.MaximumFallShare))
        {
            var fall = 1 - ((double)tally.RowsLoaded / p.RecordCount);
            reasons.Add(string.Create(CultureInfo.InvariantCulture,
                $"The extract has {tally.RowsLoaded:N0} rows to load, {fall * 100:0.0}% fewer than the {p.RecordCount:N0} in service (at most {thresholds.MaximumFallShare * 100:0.#}% fewer is allowed): check the extract is complete."));
        }
    }
}
