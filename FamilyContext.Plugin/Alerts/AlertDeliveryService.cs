using Microsoft.Extensions.Logging;

namespace FamilyContext.Plugin.Alerts;

/// <summary>Sends each queued alert to every configured sender; one sender failing does not stop the others.</summary>
internal sealed partial class AlertDeliveryService(AlertDispatcher dispatcher, IEnumerable<IAlertSender> senders, ILogger<AlertDeliveryService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var all = senders.ToList();
        try
        {
            await foreach (var alert in dispatcher.Reader.ReadAllAsync(stoppingToken))
            {
                foreach (var sender in all)
                {
                    try
                    {
                        await sender.SendAsync(alert, stoppingToken);
                        Sent(logger, alert.Sequence, sender.GetType().Name);
                    }
                    catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                    {
                        SendFailed(logger, alert.Sequence, sender.GetType().Name, e.GetType().Name);
                    }
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping is not a failure, however the host was stopped (a disposed host cancels without StopAsync).
        }
    }

    [LoggerMessage(EventId = 5202, Level = LogLevel.Information, Message = "Alert for audit record {Sequence} sent by {Sender}")]
    private static partial void Sent(ILogger logger, long sequence, string sender);

    [LoggerMessage(EventId = 5203, Level = LogLevel.Error, Message = "Alert for audit record {Sequence} could not be sent by {Sender} ({ExceptionType})")]
    private static partial void SendFailed(ILogger logger, long sequence, string sender, string exceptionType);
}
