using Microsoft.Extensions.Logging;

namespace FamilyContext.Plugin.Audit;

/// <summary>
/// Records what happened. Callers that are about to show data await <see cref="RecordAsync"/> first and show
/// nothing if it throws (fail closed). Entries marked as alerts are also handed to each <see cref="IAuditAlertSubscriber"/>.
/// </summary>
internal sealed partial class AuditTrail(IAuditStore store, IEnumerable<IAuditAlertSubscriber> alerts, TimeProvider time, ILogger<AuditTrail> logger)
{
    /// <exception cref="AuditUnavailableException">The record was not written.</exception>
    public async Task<AuditRecord> RecordAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        using var activity = Telemetry.FamilyContextTelemetry.Source.StartActivity("audit.append");
        activity?.SetTag("familycontext.audit.action", entry.Action);
        var started = Telemetry.FamilyContextTelemetry.Start(Telemetry.FamilyContextTelemetry.AuditAppendDuration);
        var at = time.GetUtcNow();
        // One spelling of each system, as in its launch address (/launch/mosaic): "Demo" and "demo" are one system.
        entry = entry with { Cms = entry.Cms?.ToLowerInvariant() };
        try
        {
            var record = await store.AppendAsync(entry, at, cancellationToken);
            Telemetry.FamilyContextTelemetry.Record(Telemetry.FamilyContextTelemetry.AuditAppendDuration, started,
                new System.Diagnostics.TagList { { "action", entry.Action } });
            if (entry.Alert)
            {
                Raise(record);
            }

            return record;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            WriteFailed(logger, entry.Action, e.GetType().Name);
            if (entry.Alert)
            {
                // The attempt is still worth an alert even though it could not be written down.
                Raise(AuditRecord.Create(0, at, entry, AuditChain.Genesis));
            }

            throw new AuditUnavailableException(e);
        }
    }

    /// <summary>For refusals: the refusal stands whether or not it could be recorded.</summary>
    public async Task TryRecordAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        try
        {
            await RecordAsync(entry, cancellationToken);
        }
        catch (AuditUnavailableException)
        {
            // Already logged by RecordAsync; a refusal needs no audit record to stay a refusal.
        }
    }

    private void Raise(AuditRecord record)
    {
        foreach (var subscriber in alerts)
        {
            subscriber.Raise(record);
        }
    }

    [LoggerMessage(EventId = 5001, Level = LogLevel.Error, Message = "Audit record for {Action} could not be written ({ExceptionType}); nothing is shown")]
    private static partial void WriteFailed(ILogger logger, string action, string exceptionType);
}
