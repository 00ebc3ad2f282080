using System.Globalization;
using System.Security.Cryptography;
using FamilyContext.Plugin.Audit;
using FamilyContext.Plugin.Services;
using FamilyContext.Plugin.Store;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FamilyContext.Plugin.Ingest;

/// <summary>
/// Loads one service's extract: maps and checks every row as it streams past, loads the good rows inside the
/// store's replacing transaction, and decides at the end whether the extract is good enough. A rejected extract is
/// rolled back whole, so the previous one stays in service. Either way a report is written and the ingest audited.
/// </summary>
internal sealed partial class ExtractIngester(
    IRecordStore store, ServiceCatalogue catalogue, IAuditStore auditStore, AuditTrail audit, TimeProvider time, IOptions<IngestOptions> options, ILogger<ExtractIngester> logger)
{
    /// <exception cref="IngestConfigurationException">The service, the mapping, the file or a setting is wrong; nothing was read.</exception>
    /// <exception cref="AuditUnavailableException">The ingest could not be recorded in the audit trail.</exception>
    public async Task<IngestResult> RunAsync(IngestRequest request, IIngestProgress progress, CancellationToken cancellationToken)
    {
        var started = time.GetUtcNow();
        var service = catalogue.Find(request.ServiceId) ?? throw new IngestConfigurationException(
            $"There is no service \"{request.ServiceId}\". The configured services are {string.Join(", ", catalogue.All.Select(s => s.Id))}.");
        var (mapping, thresholds) = Configure(request, service);
        if (!File.Exists(request.FilePath))
        {
            throw new IngestConfigurationException($"The extract {request.FilePath} does not exist.");
        }

        var sources = mapping.Layout is { DataSources: { Length: > 0 } file } layout
            ? DataSourcesFile.Apply(Path.Combine(Path.GetDirectoryName(request.FilePath) ?? ".", file), layout.DataSource ?? service.Id, mapping)
            : null;
        var currentAsOf = request.CurrentAsOf ?? sources?.LastSynchronised ?? Min(new DateTimeOffset(File.GetLastWriteTimeUtc(request.FilePath), TimeSpan.Zero), started);
        if (currentAsOf > started)
        {
            throw new IngestConfigurationException("--current-as-of is in the future: give the date the extract was taken.");
        }

        var window = Window(mapping, started, currentAsOf);
        var cohort = CohortRules.Compile(service.Id, options.Value.Services.GetValueOrDefault(service.Id)?.Cohort ?? [], DateOnly.FromDateTime(currentAsOf.UtcDateTime));
        var hash = await HashAsync(request.FilePath, cancellationToken);
        // The audit trail first: an ingest that could not be recorded must not load anything.
        await auditStore.InitialiseAsync(cancellationToken);
        await store.InitialiseAsync(cancellationToken);
        var previous = await store.GetMetadataAsync(service.Id, cancellationToken);
        var change = await InvolvementChange.ReadAsync(store, service.Id, previous, cancellationToken);

        var tally = new QualityTally();
        var reasons = new List<string>();
        var load = new ExtractLoad(mapping, service, window, cohort, ReadStaffDirectory(), tally, change, reasons, progress);
        var metadata = new SourceMetadata(service.Id, currentAsOf, window.CoverageStart, window.CoverageEnd,
            mapping.Coverage.Area, mapping.Coverage.Explanation, started, 0);
        try
        {
            using IExtractRows reader = mapping.Layout is null ? ExtractReader.Open(request.FilePath, mapping) : OriginalLayoutReader.Open(request.FilePath, mapping, tally);
            var records = load.Records(reader, previous, thresholds);
            if (request.DryRun)
            {
                foreach (var _ in records)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }
            }
            else
            {
                await store.ReplaceServiceAsync(metadata, records, cancellationToken);
            }
        }
        catch (ExtractRejectedException)
        {
            // The reasons are already in the list; the store rolled the load back.
        }
        catch (ExtractFormatException e)
        {
            reasons.Add(e.Message);
        }

        progress.Finished(tally.RowsRead);
        var rejected = reasons.Count > 0;
        long? generation = rejected || request.DryRun ? null : (await store.GetGenerationsAsync(cancellationToken)).GetValueOrDefault(service.Id);
        var outcome = (request.DryRun, rejected) switch
        {
            (false, false) => IngestReport.Loaded,
            (false, true) => IngestReport.Rejected,
            (true, false) => IngestReport.WouldLoad,
            (true, true) => IngestReport.WouldReject,
        };
        var report = IngestReportBuilder.Build(service, Path.GetFileName(request.FilePath), hash, outcome, request.DryRun, reasons, started,
            time.GetUtcNow(), currentAsOf, window, tally, previous, change, generation);
        var (json, html) = await IngestReportFiles.WriteAsync(report, request.ReportDirectory ?? options.Value.ReportDirectory, cancellationToken);
        await AuditAsync(request, report, cancellationToken);
        Finished(logger, service.Id, outcome, tally.RowsLoaded, tally.RowsRejected);
        Telemetry.FamilyContextTelemetry.IngestRows.Add(tally.RowsRead, new KeyValuePair<string, object?>("service", service.Id), new KeyValuePair<string, object?>("outcome", outcome));
        return new IngestResult(report, json, html);
    }

    private (IngestMapping Mapping, IngestThresholds Thresholds) Configure(IngestRequest request, ServiceDefinition service)
    {
        var o = options.Value;
        var configured = o.Services.GetValueOrDefault(service.Id);
        var path = request.MappingPath ?? configured?.Mapping ?? throw new IngestConfigurationException(
            $"No mapping for {service.Name}: pass --mapping FILE, or set {IngestOptions.SectionName}:Services:{service.Id}:Mapping.");
        var mapping = IngestMappingFile.Read(path);
        if (mapping.Service.Length > 0 && !string.Equals(mapping.Service, service.Id, StringComparison.OrdinalIgnoreCase))
        {
            throw new IngestConfigurationException($"The mapping {path} is for the service \"{mapping.Service}\", not \"{service.Id}\".");
        }

        mapping.Service = service.Id;
        var errors = ExtractColumns.MappingErrors(mapping, service).ToList();
        if (errors.Count > 0)
        {
            throw new IngestConfigurationException($"The mapping {path} cannot be used:{Environment.NewLine}- {string.Join(Environment.NewLine + "- ", errors)}");
        }

        return (mapping, new IngestThresholds(
            configured?.MaximumInvalidShare ?? o.MaximumInvalidShare, configured?.MaximumFallShare ?? o.MaximumFallShare));
    }

    private StaffDirectory ReadStaffDirectory()
    {
        var path = options.Value.StaffDirectory;
        try
        {
            return File.Exists(path) ? StaffDirectory.Read(path) : StaffDirectory.Empty;
        }
        catch (ExtractFormatException e)
        {
            throw new IngestConfigurationException($"The staff directory {path} cannot be used: {e.Message} Load it again with: ingest staff-directory FILE");
        }
    }

    private static IngestWindow Window(IngestMapping mapping, DateTimeOffset now, DateTimeOffset currentAsOf)
    {
        static DateOnly? Day(string? text, string setting) =>
            string.IsNullOrWhiteSpace(text) ? null
            : DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
            : throw new IngestConfigurationException($"The mapping's {setting} \"{text}\" is not a date (yyyy-mm-dd).");

        var asOf = DateOnly.FromDateTime(currentAsOf.UtcDateTime);
        var start = Day(mapping.Coverage.Start, "coverage.start") ?? (mapping.Coverage.Years is { } years ? asOf.AddYears(-years) : null);
        return new IngestWindow(DateOnly.FromDateTime(now.UtcDateTime), start, Day(mapping.Coverage.End, "coverage.end"));
    }

    private async Task AuditAsync(IngestRequest request, IngestReport report, CancellationToken cancellationToken)
    {
        var detail = string.Create(CultureInfo.InvariantCulture,
            $"file={report.FileName};sha256={report.FileSha256};rows={report.RowsRead};loaded={report.RowsLoaded};left-out={report.RowsRejected};generation={report.Generation?.ToString(CultureInfo.InvariantCulture) ?? "none"};outcome={report.Outcome}");
        var outcome = report.Outcome switch
        {
            IngestReport.Loaded => AuditOutcomes.Loaded,
            IngestReport.Rejected => AuditOutcomes.Rejected,
            _ => AuditOutcomes.Checked,
        };
        // A rejected extract leaves a source older than planned: the managers hear of it.
        await audit.RecordAsync(new AuditEntry(AuditActions.Ingest, outcome, request.Actor ?? Environment.UserName, ServiceId: report.ServiceId,
            Detail: detail, Alert: report.Outcome == IngestReport.Rejected), cancellationToken);
    }

    private static async Task<string> HashAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    [LoggerMessage(EventId = 8001, Level = LogLevel.Information, Message = "Ingest of {ServiceId} finished: {Outcome}, {Loaded} rows loaded, {LeftOut} left out")]
    private static partial void Finished(ILogger logger, string serviceId, string outcome, long loaded, long leftOut);
}
