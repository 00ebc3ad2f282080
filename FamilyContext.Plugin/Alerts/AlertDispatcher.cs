using System.Threading.Channels;
using FamilyContext.Plugin.Audit;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FamilyContext.Plugin.Alerts;

/// <summary>
/// Queues alerts for <see cref="AlertDeliveryService"/>, so a slow webhook or mail server never holds up the
/// request that raised them. Repeats are grouped (<see cref="AlertGroups"/>). The admin pages read alerts from the audit
/// trail, not from here.
/// </summary>
internal sealed partial class AlertDispatcher(IOptionsMonitor<AlertOptions> options, ILogger<AlertDispatcher> logger) : IAuditAlertSubscriber
{
    private readonly AlertGroups _groups = new();

    private readonly Channel<AlertMessage> _queue = Channel.CreateBounded<AlertMessage>(
        new BoundedChannelOptions(1000) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    public ChannelReader<AlertMessage> Reader => _queue.Reader;

    public void Raise(AuditRecord record)
    {
        if (_groups.Add(record, options.CurrentValue.GroupWindow) is not { } message)
        {
            return;
        }

        if (!_queue.Writer.TryWrite(message))
        {
            Dropped(logger, record.Action);
        }
    }

    [LoggerMessage(EventId = 5201, Level = LogLevel.Error, Message = "Alert for {Action} dropped: the alert queue is full")]
    private static partial void Dropped(ILogger logger, string action);
}
