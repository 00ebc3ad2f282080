using FamilyContext.Plugin.Store;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FamilyContext.Plugin.Demo;

/// <summary>
/// Generates the synthetic council on first start, and re-delivers a service's demo extract whenever the
/// loaded one is older than the service's refresh cycle, as a nightly extract would arrive.
/// </summary>
internal sealed partial class DemoSeeder(
    IOptions<DemoOptions> options,
    DemoCmsDatabase cms,
    IRecordStore store,
    Services.ServiceCatalogue catalogue,
    TimeProvider time,
    ILogger<DemoSeeder> logger)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        DemoCouncil? council = null;
        if (!await cms.ExistsAsync(o.Seed, o.Households, cancellationToken))
        {
            council = new DemoCouncilGenerator(o).Generate();
            await cms.WriteAsync(council, o.Seed, o.Households, cancellationToken);
            var children = council.People.Count(p => p.IsChild);
            Generated(logger, children, council.People.Count);
        }

        var now = time.GetUtcNow();
        foreach (var service in catalogue.All)
        {
            var metadata = await store.GetMetadataAsync(service.Id, cancellationToken);
            if (metadata is not null && now - metadata.LoadedAt < service.RefreshCycle && council is null)
            {
                continue;
            }

            council ??= new DemoCouncilGenerator(o).Generate();
            if (!council.Records.TryGetValue(service.Id, out var records))
            {
                continue;
            }

            var meta = new SourceMetadata(
                service.Id, now.AddHours(-2), DateOnly.FromDateTime(now.UtcDateTime).AddYears(-5), null,
                "Stockport (demo)", DemoCoverage.Explain(service.Id), now, records.Count);
            await store.ReplaceServiceAsync(meta, records, cancellationToken);
            Loaded(logger, service.Id, records.Count);
        }
    }

    [LoggerMessage(EventId = 9001, Level = LogLevel.Information, Message = "Generated the demo council: {Children} children among {People} people")]
    private static partial void Generated(ILogger logger, int children, int people);

    [LoggerMessage(EventId = 9002, Level = LogLevel.Information, Message = "Loaded the demo extract for {ServiceId}: {Records} records")]
    private static partial void Loaded(ILogger logger, string serviceId, int records);
}
